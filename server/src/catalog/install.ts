import {
  BASELINE_RELEASE_VERSION,
  parseRelease,
  releaseWireText,
  signedText,
  utf8Length,
  type CatalogRelease,
} from '@lantern/shared';
import type { Kysely } from 'kysely';
import type { Database } from '../db/database';
import { appendAudit } from '../db/repositories/audit.repository';
import {
  insertRelease,
  newestRelease,
  type InstalledRelease,
} from '../db/repositories/catalog-releases.repository';
import { bumpConfigVersion } from '../db/repositories/config.repository';
import type { TrustedKey } from './keys';
import { releaseSha256, signatureProblem } from './verify';

/** A release this server will not install; `message` says why in one sentence. */
export class ReleaseRefused extends Error {
  constructor(readonly reason: string) {
    super(`catalog release refused: ${reason}`);
    this.name = 'ReleaseRefused';
  }
}

export type InstallResult =
  | { status: 'installed'; release: InstalledRelease }
  /** The same release is already installed: nothing to do (a scheduled fetch sees this every time). */
  | { status: 'current'; release: InstalledRelease };

export interface InstallOptions {
  keys: readonly TrustedKey[];
  /** Recorded with the release and in the audit log: `import FILE` or `url ADDRESS`. */
  source: string;
  /** Who the audit log names: `cli` or `catalog-fetch`. */
  actor: string;
  now: number;
}

/**
 * Verifies a release's text and installs it when it is newer than both the compiled baseline and
 * every installed release. The release row, its audit entry and the config bump (so browsers pull
 * the new catalog) commit together. Throws ReleaseRefused for anything else; nothing is stored then.
 */
export async function installRelease(
  db: Kysely<Database>,
  text: string,
  options: InstallOptions,
): Promise<InstallResult> {
  const parsed = parseRelease(text);
  if (!parsed.ok) throw new ReleaseRefused(parsed.problem);
  const release = parsed.release;
  // Serialised once for the signature check, the content address and the stored body.
  const signed = signedText(release);
  const forged = signatureProblem(release, options.keys, signed);
  if (forged !== null) throw new ReleaseRefused(forged);
  const sha256 = releaseSha256(release, signed);
  // Stored and served as its signed text plus the signature, so a browser hashes the bytes it receives.
  const body = releaseWireText(release, signed);
  try {
    return await storeIfNewer(db, release, sha256, body, options);
  } catch (error) {
    // Two processes (or two fetches) installing the same release at once: the second insert hits
    // the primary key. The release is installed either way.
    const now = await newestRelease(db).catch(() => undefined);
    if (now?.sha256 === sha256) return { status: 'current', release: now };
    throw error;
  }
}

async function storeIfNewer(
  db: Kysely<Database>,
  release: CatalogRelease,
  sha256: string,
  body: string,
  options: InstallOptions,
): Promise<InstallResult> {
  return db.transaction().execute(async (trx) => {
    const installed = await newestRelease(trx);
    if (installed !== undefined && installed.sha256 === sha256)
      return { status: 'current', release: installed } as const;
    const floor = Math.max(BASELINE_RELEASE_VERSION, installed?.version ?? 0);
    if (release.version <= floor) {
      const what =
        installed !== undefined && installed.version >= BASELINE_RELEASE_VERSION
          ? `installed release ${installed.version}`
          : `catalog built into this server (${BASELINE_RELEASE_VERSION})`;
      throw new ReleaseRefused(`older: version ${release.version} is not newer than the ${what}`);
    }
    const row: InstalledRelease = {
      version: release.version,
      sha256,
      keyId: release.keyId,
      publishedAt: release.publishedAt,
      toolCount: release.tools.length,
      bytes: utf8Length(body),
      source: options.source.slice(0, 300),
      installedAt: options.now,
    };
    await insertRelease(trx, row, body);
    await appendAudit(
      trx,
      {
        actor: options.actor,
        action: 'catalog.install',
        target: String(release.version),
        details: { sha256, keyId: release.keyId, tools: release.tools.length, source: row.source },
      },
      options.now,
    );
    await bumpConfigVersion(trx);
    return { status: 'installed', release: row } as const;
  });
}
