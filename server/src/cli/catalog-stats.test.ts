import { Readable } from 'node:stream';
import { catalog } from '@lantern/shared';
import { TOP_TOOL_IDS, supplierProfiles } from '@lantern/shared/suppliers';
import { describe, expect, it } from 'vitest';
import { catalogStatsCommand } from './catalog-stats';
import { run } from './run';
import { UsageError } from './usage';

function capture() {
  const out: string[] = [];
  const io = { out: (t: string) => out.push(t), err: () => {}, input: Readable.from(['']) };
  return { io, text: () => out.join('\n') };
}

describe('lantern catalog stats', () => {
  it('reports every catalog tool once per breakdown, as JSON for scripts', async () => {
    const { io, text } = capture();
    // Through run(): the command needs no database, so no DATABASE_URL is given.
    expect(await run(['catalog', 'stats', '--format', 'json'], io, {})).toBe(0);
    const stats = JSON.parse(text());
    expect(stats.tools).toBe(catalog.length);
    const sum = (o: Record<string, number>) => Object.values(o).reduce((a, b) => a + b, 0);
    expect(sum(stats.byCategory)).toBe(catalog.length);
    expect(sum(stats.byRegion)).toBe(catalog.length);
    expect(sum(stats.byCheckedDay)).toBe(catalog.length);
    expect(stats.sources.specific + stats.sources.homepageOnly).toBe(catalog.length);
    expect(stats.supplierFacts.anyKnown).toBeLessThanOrEqual(catalog.length);
    expect(stats.olderThan).toBeNull();
    // Facts coverage is measured against the fixed top list, counted from the compiled profiles.
    const chatgpt = supplierProfiles.find((p) => p.toolId === 'chatgpt')!;
    expect(stats.supplierProfiles.tools).toBe(TOP_TOOL_IDS.length);
    expect(stats.supplierProfiles.anyKnown).toBeGreaterThan(0);
    expect(stats.supplierProfiles.anyKnown).toBeLessThan(TOP_TOOL_IDS.length);
    const knownFree = supplierProfiles.filter(
      (p) => TOP_TOOL_IDS.includes(p.toolId) && p.trainsOnInputs.free.status === 'known',
    ).length;
    expect(stats.supplierProfiles.byFact['trainsOnInputs.free']).toBe(knownFree);
    expect(chatgpt.trainsOnInputs.enterprise.status).toBe('known');
    expect(Object.keys(stats.byRegion)).toEqual(
      expect.arrayContaining(['china', 'russia', 'korea', 'japan']),
    );
  });

  it('lists the entries checked more than N days before today, and none for a far horizon', () => {
    const newest = catalog
      .map((t) => t.checked)
      .sort()
      .at(-1)!;
    const oldest = catalog.map((t) => t.checked).sort()[0]!;
    const now = new Date(`${newest}T12:00:00Z`);
    const days = Math.floor((now.getTime() - Date.parse(`${oldest}T00:00:00Z`)) / 86_400_000) - 1;
    const { io, text } = capture();
    catalogStatsCommand(['--older-than', String(days), '--format', 'json'], io, now);
    const stale = JSON.parse(text()).olderThan;
    expect(stale.count).toBe(catalog.filter((t) => t.checked === oldest).length);
    expect(stale.ids).toContain(catalog.find((t) => t.checked === oldest)!.id);
    const far = capture();
    catalogStatsCommand(['--older-than', '99999', '--format', 'json'], far.io, now);
    expect(JSON.parse(far.text()).olderThan).toEqual({ days: 99999, count: 0, ids: [] });
  });

  it('prints a readable table by default', () => {
    const { io, text } = capture();
    catalogStatsCommand(['--older-than', '0'], io, new Date('2030-01-01T00:00:00Z'));
    expect(text()).toMatch(new RegExp(`^Catalog: ${catalog.length} tools;`));
    expect(text()).toMatch(/By category:\n {2}\S+ +\d+ +\d+\.\d%/);
    expect(text()).toMatch(/By region:[\s\S]*china/);
    expect(text()).toMatch(/Catalog supplier summary: \d+ tools/);
    expect(text()).toMatch(
      /Supplier facts per plan \(the 300 top tools, TOP_TOOL_IDS\): \d+ have at least one known fact\n {2}trainsOnInputs\.free +\d+ +\d+\.\d%/,
    );
    expect(text()).toMatch(new RegExp(`Checked more than 0 days ago: ${catalog.length}`));
  });

  it('refuses bad flags with a usage error', () => {
    const { io } = capture();
    for (const args of [
      ['--older-than', 'soon'],
      ['--older-than', '-3'],
      ['--format', 'xml'],
      ['extra'],
      ['--nope'],
    ]) {
      expect(() => catalogStatsCommand(args, io), args.join(' ')).toThrow(UsageError);
    }
  });
});
