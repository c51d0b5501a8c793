import { createHash, randomBytes, randomUUID } from 'node:crypto';
import Database from 'better-sqlite3';
import type { BenchDevice } from './devices';

/**
 * Writes `count` enrolled devices straight into a SQLite file before the server starts: the rows
 * `device.enroll` writes (a user per email, a device with the SHA-256 of its token), so a fleet of
 * 100,000 exists without spending the benchmark's minutes on its rollout. Enrolment itself is
 * measured over HTTP alongside.
 */
export function provisionDevices(
  file: string,
  count: number,
  enrolmentTokenId: string,
  options: { users?: number; firstIndex?: number } = {},
): BenchDevice[] {
  const users = options.users ?? Math.ceil(count * 0.8);
  const now = Date.now();
  const db = new Database(file);
  try {
    db.pragma('journal_mode = WAL');
    const userIds = Array.from({ length: users }, () => randomUUID());
    const insertUser = db.prepare('insert into users (id, email, created_at) values (?, ?, ?)');
    const insertDevice = db.prepare(
      `insert into devices (id, user_id, token_hash, enrollment_token_id, browser, browser_version,
        extension_version, created_at, last_seen_at, extensions_at, revoked_at)
       values (?, ?, ?, ?, ?, '142.0.7444.59', '0.1.0', ?, null, null, null)`,
    );
    const devices: BenchDevice[] = [];
    db.transaction(() => {
      userIds.forEach((id, u) =>
        insertUser.run(id, `fleet${(options.firstIndex ?? 0) + u}@bench.example`, now),
      );
      for (let i = 0; i < count; i++) {
        const token = randomBytes(32).toString('base64url');
        const deviceId = randomUUID();
        const hash = createHash('sha256').update(token, 'utf8').digest('hex');
        insertDevice.run(
          deviceId,
          userIds[i % users],
          hash,
          enrolmentTokenId,
          i % 5 === 0 ? 'edge' : 'chrome',
          now,
        );
        devices.push({ index: i, deviceId, token });
      }
    })();
    return devices;
  } finally {
    db.close();
  }
}
