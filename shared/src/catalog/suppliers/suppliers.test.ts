import { describe, expect, it } from 'vitest';
import { catalog } from '../index';
import { parseRelease } from '../release/parse';
import { RELEASE_FORMAT } from '../release/schema';
import { isSpecificSource } from '../stats';
import {
  FACT_NAMES,
  SupplierProfileSchema,
  TOP_TOOL_IDS,
  factsCoverage,
  profileFacts,
  supplierProfileFor,
  supplierProfiles,
  unknownProfile,
} from './index';

const catalogIds = new Set(catalog.map((t) => t.id));
const today = new Date().toISOString().slice(0, 10);
const known = supplierProfiles.flatMap((p) =>
  profileFacts(p).flatMap(([name, f]) => (f.status === 'known' ? [{ toolId: p.toolId, name, f }] : [])),
);

describe('supplier facts: form of every profile and fact', () => {
  it('every profile passes the schema and names one catalog tool, once', () => {
    const seen = new Set<string>();
    for (const profile of supplierProfiles) {
      expect(SupplierProfileSchema.safeParse(profile).success, profile.toolId).toBe(true);
      expect(catalogIds.has(profile.toolId), `${profile.toolId} is not a catalog tool`).toBe(true);
      expect(seen.has(profile.toolId), `${profile.toolId} twice`).toBe(false);
      seen.add(profile.toolId);
    }
  });

  it('the top list has 300 distinct catalog tools, each with a profile (explicitly not known when unread)', () => {
    expect(TOP_TOOL_IDS).toHaveLength(300);
    expect(new Set(TOP_TOOL_IDS).size).toBe(300);
    const profiled = new Set(supplierProfiles.map((p) => p.toolId));
    for (const id of TOP_TOOL_IDS) {
      expect(catalogIds.has(id), id).toBe(true);
      expect(profiled.has(id), id).toBe(true);
    }
    expect(supplierProfileFor('chatgpt').trainsOnInputs.free.status).toBe('known');
    expect(supplierProfileFor('no-such-tool')).toEqual(unknownProfile('no-such-tool'));
  });

  it('every known fact cites a specific https page and a real day no later than today', () => {
    expect(known.length).toBeGreaterThan(50);
    for (const { toolId, name, f } of known) {
      const where = `${toolId} ${name}`;
      expect(f.source, where).toMatch(/^https:\/\/[^\s]+$/);
      expect(isSpecificSource(f.source), `${where}: ${f.source} is only a homepage`).toBe(true);
      expect(f.checked, where).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(new Date(`${f.checked}T00:00:00Z`).toISOString().slice(0, 10), where).toBe(f.checked);
      expect(f.checked <= today, `${where} checked in the future`).toBe(true);
      if (name === 'dpa') expect(f.value as string, where).toMatch(/^https:\/\//);
    }
  });

  it('refuses a fact without a source, with a non-https source, or with an impossible day', () => {
    const base = unknownProfile('chatgpt');
    const withFree = (free: unknown) => ({ ...base, trainsOnInputs: { ...base.trainsOnInputs, free } });
    const good = {
      status: 'known',
      value: 'yes',
      source: 'https://example.com/terms',
      checked: '2026-12-01',
    };
    expect(SupplierProfileSchema.safeParse(withFree(good)).success).toBe(true);
    for (const basis of ['stored-copy', 'not-fetched'])
      expect(SupplierProfileSchema.safeParse(withFree({ ...good, basis })).success, basis).toBe(true);
    const { source: _source, ...unsourced } = good;
    for (const bad of [
      unsourced,
      { ...good, source: 'http://example.com/terms' },
      { ...good, source: 'vendor said so' },
      { ...good, checked: '2026-02-30' },
      { ...good, value: 'probably' },
      { ...good, basis: 'vendor said so' },
      { status: 'unknown' },
    ])
      expect(SupplierProfileSchema.safeParse(withFree(bad)).success, JSON.stringify(bad)).toBe(false);
  });

  it('coverage counts each known fact of the listed tools, and nothing for unlisted ones', () => {
    const coverage = factsCoverage(supplierProfiles);
    expect(coverage.tools).toBe(300);
    expect(Object.keys(coverage.byFact)).toEqual([...FACT_NAMES]);
    for (const name of FACT_NAMES) {
      const expected = known.filter((k) => k.name === name && TOP_TOOL_IDS.includes(k.toolId)).length;
      expect(coverage.byFact[name], name).toBe(expected);
    }
    expect(factsCoverage(supplierProfiles, ['no-such-tool'])).toMatchObject({ tools: 1, anyKnown: 0 });
  });
});

describe('supplier facts in a catalog release', () => {
  const release = (suppliers: unknown) =>
    JSON.stringify({
      format: RELEASE_FORMAT,
      version: 1,
      publishedAt: '2026-12-04T12:00:00.000Z',
      keyId: 'test',
      tools: catalog.slice(0, 2),
      suppliers,
      signature: `${'A'.repeat(86)}==`,
    });

  it('parses a release carrying profiles, and one without any', () => {
    const parsed = parseRelease(release(supplierProfiles.slice(0, 3)));
    expect(parsed.ok && parsed.release.suppliers?.map((p) => p.toolId)).toEqual(
      supplierProfiles.slice(0, 3).map((p) => p.toolId),
    );
    const none = parseRelease(release(undefined));
    expect(none.ok && none.release.suppliers).toBeUndefined();
  });

  it('refuses a release whose profiles repeat a tool or carry an unsourced fact', () => {
    const twice = parseRelease(release([unknownProfile('claude'), unknownProfile('claude')]));
    expect(twice).toEqual({ ok: false, problem: 'malformed: supplier facts for "claude" appear twice' });
    const p = unknownProfile('claude');
    const unsourced = {
      ...p,
      dpa: { status: 'known', value: 'https://x.example/dpa', checked: '2026-12-01' },
    };
    const bad = parseRelease(release([unsourced]));
    expect(bad.ok).toBe(false);
    expect(!bad.ok && bad.problem).toMatch(/^malformed: suppliers\.0\.dpa/);
  });
});
