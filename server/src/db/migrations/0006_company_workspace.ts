import type { Kysely } from 'kysely';

/**
 * FROZEN once shipped. "Company workspace only" (issue 22): a decision may carry the vendor's
 * identifiers for the organisation's own workspace, an admin-set link and since when it holds, as one
 * JSON text column (null: no restriction). Added to the history as well, so the evidence pack can
 * show the control's configuration over time. Additive: no existing column changes.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations must not depend on today's types
type AnyDb = Kysely<any>;

export async function up(db: AnyDb): Promise<void> {
  await db.schema.alterTable('decisions').addColumn('company_workspace', 'text').execute();
  await db.schema.alterTable('decision_history').addColumn('company_workspace', 'text').execute();
}
