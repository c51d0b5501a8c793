import type { Kysely } from 'kysely';

/**
 * FROZEN once shipped. Verified identity (issue 14): API tokens expire; staff who sign in through
 * the organisation's OpenID Provider are kept as token-less staff rows (so dashboard sessions keep
 * pointing at `api_tokens`); each sign-in attempt is a single-use row in `oidc_flows`; people and
 * devices say how their identity was established (`oidc`, `personal-link`, `self-asserted`).
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations must not depend on today's types
type AnyDb = Kysely<any>;

export async function up(db: AnyDb): Promise<void> {
  await db.schema.alterTable('api_tokens').addColumn('expires_at', 'bigint').execute();
  // `<issuer> <sub>` of a staff member who signs in through the OpenID Provider; null for tokens.
  await db.schema.alterTable('api_tokens').addColumn('oidc_subject', 'text').execute();
  await db.schema
    .createIndex('api_tokens_oidc_subject')
    .unique()
    .on('api_tokens')
    .column('oidc_subject')
    .execute();

  await db.schema
    .createTable('oidc_flows')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('state_hash', 'text', (c) => c.notNull().unique())
    // Hash of the secret in the browser's flow cookie: the callback must come back to the same browser.
    .addColumn('binding_hash', 'text', (c) => c.notNull())
    .addColumn('nonce', 'text', (c) => c.notNull())
    .addColumn('code_verifier', 'text', (c) => c.notNull())
    .addColumn('purpose', 'text', (c) => c.notNull())
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('expires_at', 'bigint', (c) => c.notNull())
    .addColumn('used_at', 'bigint')
    // Browser enrolment: the challenge (SHA-256 of the extension's secret) the grant will be bound to.
    .addColumn('enrol_challenge', 'text')
    .execute();
  await db.schema.createIndex('oidc_flows_expires').on('oidc_flows').column('expires_at').execute();

  // A person the provider vouched for, waiting for their browser's extension to redeem the grant with
  // the secret whose hash is `challenge` and the code the sign-in showed in that browser.
  await db.schema
    .createTable('enrolment_grants')
    .addColumn('challenge', 'text', (c) => c.primaryKey())
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('email', 'text', (c) => c.notNull())
    // SHA-256 of the one-time code shown only in the signing-in browser's tab (URL fragment).
    .addColumn('code_hash', 'text', (c) => c.notNull())
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('expires_at', 'bigint', (c) => c.notNull())
    .addColumn('redeemed_at', 'bigint')
    .execute();
  await db.schema
    .alterTable('users')
    .addColumn('identity_assurance', 'text', (c) => c.notNull().defaultTo('self-asserted'))
    .execute();
  await db.schema
    .alterTable('devices')
    .addColumn('identity_assurance', 'text', (c) => c.notNull().defaultTo('self-asserted'))
    .execute();
}
