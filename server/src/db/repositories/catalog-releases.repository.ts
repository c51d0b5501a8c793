import type { Db } from '../database';

export interface InstalledRelease {
  version: number;
  sha256: string;
  keyId: string;
  publishedAt: string;
  toolCount: number;
  bytes: number;
  source: string;
  installedAt: number;
}

const HEAD = [
  'version',
  'sha256',
  'key_id',
  'published_at',
  'tool_count',
  'bytes',
  'source',
  'installed_at',
] as const;

type HeadRow = {
  version: number | string;
  sha256: string;
  key_id: string;
  published_at: string;
  tool_count: number;
  bytes: number;
  source: string;
  installed_at: number | string;
};

const toInstalled = (r: HeadRow): InstalledRelease => ({
  version: Number(r.version),
  sha256: r.sha256,
  keyId: r.key_id,
  publishedAt: r.published_at,
  toolCount: Number(r.tool_count),
  bytes: Number(r.bytes),
  source: r.source,
  installedAt: Number(r.installed_at),
});

/** The release in use (the highest version installed), without its body; undefined when none. */
export async function newestRelease(db: Db): Promise<InstalledRelease | undefined> {
  const row = await db
    .selectFrom('catalog_releases')
    .select(HEAD)
    .orderBy('version', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row === undefined ? undefined : toInstalled(row);
}

/** The body of the release with this content address, if it is the one still kept. */
export async function releaseBody(db: Db, sha256: string): Promise<string | undefined> {
  const row = await db
    .selectFrom('catalog_releases')
    .select('body')
    .where('sha256', '=', sha256)
    .where('body', 'is not', null)
    .executeTakeFirst();
  return row?.body ?? undefined;
}

/** Records a verified release and drops the bodies of the older ones. Call inside a transaction. */
export async function insertRelease(db: Db, release: InstalledRelease, body: string): Promise<void> {
  await db
    .insertInto('catalog_releases')
    .values({
      version: release.version,
      sha256: release.sha256,
      key_id: release.keyId,
      published_at: release.publishedAt,
      tool_count: release.toolCount,
      bytes: release.bytes,
      body,
      source: release.source,
      installed_at: release.installedAt,
    })
    .execute();
  await db
    .updateTable('catalog_releases')
    .set({ body: null })
    .where('version', '<', release.version)
    .where('body', 'is not', null)
    .execute();
}
