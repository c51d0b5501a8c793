import { z } from 'zod/mini';

/**
 * The JSON around every device call's answer (docs/protocol.md, "Transport"): `{"result":{"data"}}`
 * on success, `{"error":{"message","code","data"}}` on a refusal. Clients parse answers with these
 * rather than by hand; the server writes them in server/src/sync/device-wire.ts.
 */
export const DeviceResultSchema = z.object({ result: z.object({ data: z.unknown() }) });

/** Loose on purpose: a refusal from a proxy or an older server still yields what it has. */
export const DeviceErrorSchema = z.object({
  error: z.object({
    message: z.optional(z.string()),
    data: z.optional(
      z.object({
        code: z.optional(z.string()),
        eventIndexes: z.catch(
          z.optional(z.nullable(z.array(z.number().check(z.int(), z.nonnegative())))),
          null,
        ),
      }),
    ),
  }),
});
export type DeviceError = z.infer<typeof DeviceErrorSchema>;
