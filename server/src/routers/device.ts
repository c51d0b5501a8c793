import { EnrolInputSchema, PROTOCOL_VERSION } from '@lantern/shared';
import type { EnrolInput, EnrolOutput } from '@lantern/shared';
import { TRPCError } from '@trpc/server';
import type { Context } from '../context';
import type { Db } from '../db/database';
import {
  OIDC_ENROLMENT_TOKEN_ID,
  redeemEnrolmentGrant,
} from '../db/repositories/enrolment-grants.repository';
import { createDevice, userForEmail } from '../db/repositories/devices.repository';
import { consumeEnrolmentToken } from '../db/repositories/enrolment-tokens.repository';
import { isVerifiedPerson, markVerified } from '../db/repositories/identity.repository';
import {
  PERSONAL_LINK_TOKEN_ID,
  linkDevice,
  redeemPersonalLink,
} from '../db/repositories/personal-links.repository';
import { publicProcedure, router } from '../trpc';

/** The person the provider vouched for: their device and their person record say `oidc`. */
async function enrolVerified(trx: Db, input: EnrolInput, grant: string, code: string, now: number) {
  const redeemed = await redeemEnrolmentGrant(trx, grant, code, now);
  if (!redeemed.ok)
    throw new TRPCError({
      code: 'UNAUTHORIZED',
      message:
        redeemed.reason === 'unknown'
          ? 'no sign-in matches this secret and code (expired, or started by another browser)'
          : 'this sign-in was already used to enrol a browser',
    });
  const userId = await userForEmail(trx, redeemed.email, now);
  await markVerified(trx, userId, 'oidc');
  return createDevice(trx, input, userId, OIDC_ENROLMENT_TOKEN_ID, now, 'oidc');
}

const LINK_REFUSALS = {
  unknown: 'this enrolment link is not known here: check that the whole link was opened',
  used: 'this enrolment link was already used to set up a browser; ask your administrator for a new one',
  expired: 'this enrolment link has expired; ask your administrator for a new one',
  revoked: 'this enrolment link was replaced by a newer one or withdrawn; use the newest link you received',
} as const;

/** A personal link an admin made for one person: the device belongs to them, `personal-link`. */
async function enrolWithLink(trx: Db, input: EnrolInput, code: string, now: number) {
  const link = await redeemPersonalLink(trx, code, now);
  if (!link.ok) throw new TRPCError({ code: 'UNAUTHORIZED', message: LINK_REFUSALS[link.reason] });
  const userId = await userForEmail(trx, link.email, now);
  await markVerified(trx, userId, 'personal-link');
  const device = await createDevice(trx, input, userId, PERSONAL_LINK_TOKEN_ID, now, 'personal-link');
  await linkDevice(trx, link.id, device.id);
  return device;
}

/**
 * The organisation-wide token: whoever holds it can claim any email, so the device is self-asserted,
 * and a person whose identity was verified cannot gain a self-asserted device (the forged-colleague
 * attack). With an identity provider configured, browsers enrol only through sign-in.
 */
async function enrolWithToken(ctx: Context, trx: Db, input: EnrolInput, token: string, now: number) {
  if (ctx.verifiedEnrolmentOnly)
    throw new TRPCError({
      code: 'FORBIDDEN',
      message: 'this server enrols browsers through sign-in at the identity provider, not with a token',
    });
  const tokenId = await consumeEnrolmentToken(trx, token, now);
  if (!tokenId)
    throw new TRPCError({
      code: 'UNAUTHORIZED',
      message: 'enrolment token is unknown, revoked, expired or used up',
    });
  if (input.userEmail !== null && (await isVerifiedPerson(trx, input.userEmail)))
    throw new TRPCError({
      code: 'CONFLICT',
      message:
        'this person has a verified identity: enrol this browser through their own sign-in or personal link',
    });
  const userId = await userForEmail(trx, input.userEmail, now);
  return createDevice(trx, input, userId, tokenId, now, 'self-asserted');
}

export const deviceRouter = router({
  /** Enrolment token or verified sign-in → device id + device token (shown once; the server keeps its SHA-256). */
  enroll: publicProcedure.input(EnrolInputSchema).mutation(async ({ ctx, input }): Promise<EnrolOutput> => {
    const now = ctx.now();
    const device = await ctx.db
      .transaction()
      .execute((trx) =>
        input.enrolmentGrant !== undefined
          ? enrolVerified(trx, input, input.enrolmentGrant, input.enrolmentCode ?? '', now)
          : input.personalLink !== undefined
            ? enrolWithLink(trx, input, input.personalLink, now)
            : enrolWithToken(ctx, trx, input, input.enrollmentToken ?? '', now),
      );
    ctx.logger?.info({ deviceId: device.id }, 'device enrolled');
    return { protocolVersion: PROTOCOL_VERSION, deviceId: device.id, deviceToken: device.token };
  }),
});
