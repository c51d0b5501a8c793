import type { Kysely } from 'kysely';
import type { Database } from '../db/database';
import { createDevice, userForEmail } from '../db/repositories/devices.repository';
import { consumeEnrolmentToken, createEnrolmentToken } from '../db/repositories/enrolment-tokens.repository';
import { DEPARTMENTS, type Person } from './org';

export interface SeededDevice {
  deviceId: string;
  userId: string;
  person: Person;
  /** 0 for the person's main browser, 1 for the second. */
  slot: 0 | 1;
  enrolledAt: number;
}

const VERSIONS = { chrome: '131.0.6778.85', edge: '131.0.2903.70', firefox: '133.0' } as const;

/**
 * Enrols every person's browsers through the same repository path `device.enroll` uses: one
 * enrolment token per department (how IT would roll out by group), consumed once per device.
 */
export async function enrolDevices(
  db: Kysely<Database>,
  people: readonly { person: Person; enrolledAt: number }[],
  tokensAt: number,
): Promise<SeededDevice[]> {
  return db.transaction().execute(async (trx) => {
    const tokens = new Map<string, string>();
    for (const d of DEPARTMENTS) {
      tokens.set(d.name, (await createEnrolmentToken(trx, { name: `${d.name} rollout` }, tokensAt)).token);
    }
    const out: SeededDevice[] = [];
    for (const { person, enrolledAt } of people) {
      const browsers = person.secondBrowser ? [person.browser, person.secondBrowser] : [person.browser];
      for (const [slot, browser] of browsers.entries()) {
        const tokenId = await consumeEnrolmentToken(trx, tokens.get(person.department.name)!, enrolledAt);
        if (!tokenId) throw new Error(`seed: enrolment token for ${person.department.name} was refused`);
        const userId = await userForEmail(trx, person.email, enrolledAt);
        const device = await createDevice(
          trx,
          { browser, browserVersion: VERSIONS[browser], extensionVersion: '0.1.0' },
          userId,
          tokenId,
          enrolledAt,
        );
        out.push({ deviceId: device.id, userId, person, slot: slot === 0 ? 0 : 1, enrolledAt });
      }
    }
    return out;
  });
}
