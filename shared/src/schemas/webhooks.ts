import { z } from 'zod';
import { textSchema } from './primitives';

/** The events Lantern sends (docs/integrations.md). Names are part of the public contract. */
export const WEBHOOK_EVENT_TYPES = [
  'tool.discovered',
  'request.created',
  'request.answered',
  'flag.raised',
  'policy.published',
  'audit.checkpoint',
  'coverage.below_threshold',
  'digest.daily',
] as const;
export type WebhookEventType = (typeof WEBHOOK_EVENT_TYPES)[number];

/** standard: Standard Webhooks (signed JSON); slack / teams: their incoming-webhook formats; email: SMTP. */
export const ENDPOINT_KINDS = ['standard', 'slack', 'teams', 'email'] as const;
export type EndpointKind = (typeof ENDPOINT_KINDS)[number];

const EMAIL = /^[^\s@,<>]+@[^\s@,<>]+\.[^\s@,<>]+$/;

/**
 * An endpoint as an admin configures it. URLs must be http(s) (no file:, gopher:, … — the server
 * fetches them); an email endpoint lists up to 20 addresses, comma-separated.
 */
export const WebhookEndpointInputSchema = z
  .strictObject({
    name: textSchema(100, 1),
    kind: z.enum(ENDPOINT_KINDS),
    url: z.string().max(2000),
    events: z.array(z.enum(WEBHOOK_EVENT_TYPES)).min(1).max(WEBHOOK_EVENT_TYPES.length),
    /** Standard kind only: a secret the receiver already has; without it the server makes one. */
    secret: z
      .string()
      .regex(/^whsec_[A-Za-z0-9+/]{32,88}={0,2}$/, 'must be whsec_ followed by 24 to 64 bytes in base64')
      .optional(),
  })
  .superRefine((v, ctx) => {
    if (v.secret !== undefined && v.kind !== 'standard')
      ctx.addIssue({ code: 'custom', path: ['secret'], message: 'only standard endpoints are signed' });
    if (v.kind === 'email') {
      const list = v.url.split(',').map((a) => a.trim());
      if (list.length > 20 || list.some((a) => !EMAIL.test(a)))
        ctx.addIssue({
          code: 'custom',
          path: ['url'],
          message: 'must be up to 20 email addresses, comma-separated',
        });
      return;
    }
    // No URL global here (shared/ runs everywhere); fetch on the server parses it fully on test send.
    const scheme = /^([A-Za-z][A-Za-z0-9+.-]*):/.exec(v.url)?.[1]?.toLowerCase();
    const authority = /^[A-Za-z][A-Za-z0-9+.-]*:\/\/([^/?#\s]+)/.exec(v.url)?.[1];
    if (scheme === undefined)
      ctx.addIssue({ code: 'custom', path: ['url'], message: 'must be an absolute http(s) URL' });
    else if (scheme !== 'https' && scheme !== 'http')
      ctx.addIssue({ code: 'custom', path: ['url'], message: `must be http(s), not ${scheme}:` });
    else if (authority === undefined)
      ctx.addIssue({ code: 'custom', path: ['url'], message: 'must be an absolute http(s) URL' });
    else if (authority.includes('@'))
      ctx.addIssue({ code: 'custom', path: ['url'], message: 'must not contain a user name or password' });
  });
export type WebhookEndpointInput = z.infer<typeof WebhookEndpointInputSchema>;
