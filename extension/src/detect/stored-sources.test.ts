import { BASELINE_RELEASE_VERSION, catalog } from '@lantern/shared';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { configRow } from '../../testing/config-row';
import { LanternDb } from '../db/app-db';
import { catalogReleaseItem } from '../db/state-items';
import { classifierSourcesOf, storedClassifierSources } from './stored-sources';

let db: LanternDb;
beforeEach(() => {
  db = new LanternDb(`stored-sources-${Math.random()}`);
});
afterEach(async () => {
  vi.restoreAllMocks();
  await db.delete();
});

const release = (version: number, sha: string) => ({ version, sha256: sha.repeat(64), tools: [...catalog] });

describe("the classifier's stored sources", () => {
  it('are nothing before the first pull', async () => {
    expect(await storedClassifierSources(db)).toBeNull();
  });

  it('read the release once for one stored configuration, and again after a new pull', async () => {
    await catalogReleaseItem.set(db, release(BASELINE_RELEASE_VERSION + 1, 'a'));
    const row = configRow();
    await db.config.put(row);
    const reads = vi.spyOn(catalogReleaseItem, 'get');
    // The worker's start: the first classifier's sources, then the sync start's stored row.
    const first = await storedClassifierSources(db);
    const second = await classifierSourcesOf(db, row);
    expect(second).toBe(first);
    expect(second.catalog?.key).toBe('a'.repeat(64));
    expect(reads).toHaveBeenCalledTimes(1);
    // A pull stores a newer release, then its configuration row with a new pulledAt.
    await catalogReleaseItem.set(db, release(BASELINE_RELEASE_VERSION + 2, 'b'));
    const pulled = { ...row, pulledAt: row.pulledAt + 60_000 };
    expect((await classifierSourcesOf(db, pulled)).catalog?.key).toBe('b'.repeat(64));
    expect(reads).toHaveBeenCalledTimes(2);
  });

  it('keep a newer read when an older one fails after it was replaced', async () => {
    await catalogReleaseItem.set(db, release(BASELINE_RELEASE_VERSION + 1, 'a'));
    const row = configRow();
    let fail: (e: Error) => void = () => {};
    const reads = vi
      .spyOn(catalogReleaseItem, 'get')
      .mockImplementationOnce(() => new Promise((_, reject) => (fail = reject)));
    const older = classifierSourcesOf(db, row);
    const pulled = { ...row, pulledAt: row.pulledAt + 60_000 };
    const newer = await classifierSourcesOf(db, pulled);
    fail(new Error('IndexedDB read failed'));
    await expect(older).rejects.toThrow('IndexedDB read failed');
    // The newer configuration's read is still the one remembered: no third read.
    expect(await classifierSourcesOf(db, pulled)).toBe(newer);
    expect(reads).toHaveBeenCalledTimes(2);
  });
});
