// Where supplier facts come from and how many there are: every source on the vendor's own domains, each
// newer fact saying how it was checked, and a coverage floor for the top 300 that can only rise.
import { describe, expect, it } from 'vitest';
import { FACT_NAMES, factsCoverage, profileFacts, supplierProfiles } from './index';
import { isVendorOrAuthoritySource } from './vendors';

const known = supplierProfiles.flatMap((p) =>
  profileFacts(p).flatMap(([name, f]) => (f.status === 'known' ? [{ toolId: p.toolId, name, f }] : [])),
);

describe('supplier facts: sources', () => {
  it("every source, and every DPA link, is on the tool's vendor's domains or a named authority's", () => {
    for (const { toolId, name, f } of known) {
      expect(isVendorOrAuthoritySource(toolId, f.source), `${toolId} ${name}: ${f.source}`).toBe(true);
      if (name === 'dpa')
        expect(isVendorOrAuthoritySource(toolId, f.value as string), `${toolId} dpa ${f.value}`).toBe(true);
    }
    expect(isVendorOrAuthoritySource('chatgpt', 'https://help.openai.com/en/articles/1')).toBe(true);
    expect(isVendorOrAuthoritySource('chatgpt', 'https://conductatlas.com/platform/openai/x')).toBe(false);
    expect(isVendorOrAuthoritySource('chatgpt', 'https://notopenai.com/x')).toBe(false);
    expect(isVendorOrAuthoritySource('no-such-tool', 'https://openai.com/x')).toBe(false);
  });

  it('facts checked on or after 2026-12-05 say how: from a stored copy or unfetched', () => {
    for (const { toolId, name, f } of known) {
      if (f.checked < '2026-12-05' || f.basis !== undefined) continue;
      // Rows of the second pass that predate `basis` (facts-more.ts `fact`, Perplexity's SOC 2) are allowed.
      expect(['tabnine', 'character-ai', 'perplexity'], `${toolId} ${name} has no basis`).toContain(toolId);
    }
    const bases = new Set(known.map((k) => k.f.basis));
    expect(bases).toContain('stored-copy');
    expect(bases).toContain('not-fetched');
  });
});

/**
 * Coverage of the top 300 at the last reading (2026-12-05). It may only go up: raise these figures when
 * facts are added; a fact that loses its source goes back to "not known" and this test says so.
 */
const COVERAGE_FLOOR = {
  anyKnown: 155,
  byFact: {
    'trainsOnInputs.free': 63,
    'trainsOnInputs.team': 49,
    'trainsOnInputs.enterprise': 55,
    retention: 92,
    dataRegions: 47,
    'certifications.soc2': 43,
    'certifications.iso27001': 14,
    'certifications.iso42001': 8,
    dpa: 52,
  },
};

describe('supplier facts coverage of the top 300', () => {
  it('never falls below the last count, fact by fact', () => {
    const coverage = factsCoverage(supplierProfiles);
    expect(coverage.anyKnown).toBeGreaterThanOrEqual(COVERAGE_FLOOR.anyKnown);
    expect(Object.keys(COVERAGE_FLOOR.byFact)).toEqual([...FACT_NAMES]);
    for (const [name, floor] of Object.entries(COVERAGE_FLOOR.byFact))
      expect(coverage.byFact[name], name).toBeGreaterThanOrEqual(floor);
  });
});
