import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod/mini';
import { LanternDb } from './app-db';
import { defineStateItem } from './state-item';
import { dismissalsItem, guardCountsItem, syncStateItem, INITIAL_SYNC_STATE } from './state-items';
import { getConfig, getEnrolment, getSyncState } from './state';

let db: LanternDb;
beforeEach(async () => {
  db = new LanternDb(`state-item-${Date.now()}-${Math.random()}`);
  await db.open();
});
afterEach(async () => {
  vi.restoreAllMocks();
  await db.delete();
});

/** A made-up item whose format changed twice: a number, then `{ n }`, then `{ n, label }`. */
const counter = defineStateItem({
  key: 'test:counter',
  schema: z.object({ n: z.number().check(z.int()), label: z.string() }),
  fallback: { n: 0, label: 'none' },
  version: 3,
  migrations: {
    2: (old) => ({ n: old }),
    3: (old) => ({ ...(old as object), label: 'migrated' }),
  },
});

describe('state items', () => {
  it('reads a missing row as a fresh copy of the fallback', async () => {
    const first = await dismissalsItem.get(db);
    first.push({ toolId: 'chatgpt', policyVersion: 1 });
    expect(await dismissalsItem.get(db)).toEqual([]);
    expect(await syncStateItem.get(db)).toEqual(INITIAL_SYNC_STATE);
  });

  it('runs the migrations from the stored version up, and writes the current version', async () => {
    await db.state.put({ key: 'test:counter', value: 7 }); // written before versions existed
    expect(await counter.get(db)).toEqual({ n: 7, label: 'migrated' });
    await db.state.put({ key: 'test:counter', value: { n: 8 }, version: 2 });
    expect(await counter.get(db)).toEqual({ n: 8, label: 'migrated' });
    await counter.update(db, (c) => ({ ...c, n: c.n + 1 }));
    expect(await db.state.get('test:counter')).toEqual({
      key: 'test:counter',
      value: { n: 9, label: 'migrated' },
      version: 3,
    });
  });

  it('reads a damaged, failing or newer value as the fallback and says so, never trusting it', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await db.state.put({ key: 'test:counter', value: 'seven' });
    expect(await counter.get(db)).toEqual({ n: 0, label: 'none' });
    await db.state.put({ key: 'test:counter', value: { n: 1, label: 'x' }, version: 4 });
    expect(await counter.get(db)).toEqual({ n: 0, label: 'none' });
    await db.state.put({ key: 'guardCounts', value: [{ day: '2026-12-01', toolId: 'https://x/?q=1' }] });
    expect(await guardCountsItem.get(db)).toEqual([]);
    await db.state.put({ key: 'sync', value: { failures: -1 } });
    expect(await getSyncState(db)).toEqual(INITIAL_SYNC_STATE);
    expect(warn).toHaveBeenCalledTimes(4);
  });

  it('reads a damaged enrolment or config row as absent', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await db.enrolment.put({ key: 'current', serverUrl: 'https://x.example', deviceToken: 7 } as never);
    await db.config.put({ key: 'current', configVersion: 'two' } as never);
    expect(await getEnrolment(db)).toBeUndefined();
    expect(await getConfig(db)).toBeUndefined();
    expect(warn).toHaveBeenCalledTimes(2);
  });
});
