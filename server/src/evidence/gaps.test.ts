import { catalog } from '@lantern/shared';
import { beforeAll, describe, expect, it } from 'vitest';
import { dialects } from '../../testing/databases';
import { useTestDatabase } from '../../testing/use-database';
import { buildEvidencePack } from './pack';
import type { EvidencePack } from './pack';
import { plantOrganisation } from '../../testing/evidence/planted-org';
import type { ControlSummary } from './summary';
import { fileJson, fileText } from '../../testing/evidence/testing';

type Planted = Awaited<ReturnType<typeof plantOrganisation>>;

describe.each(dialects)('evidence gaps on %s', (dialect) => {
  const t = useTestDatabase(dialect, { reset: false });
  let planted: Planted;
  let pack: EvidencePack;

  beforeAll(async () => {
    planted = await plantOrganisation(t);
    pack = await buildEvidencePack(t.db);
  });

  it('lists exactly the planted gaps, and none of the near-misses', () => {
    const gaps = fileJson(pack.files, 'gaps.json');
    expect(gaps.map((g) => [g.kind, g.tool_id, g.person, g.device_id])).toEqual(planted.gaps);
    expect(gaps.find((g) => g.kind === 'data-outside-conditions')?.detail).toBe('not allowed: personal');
    expect(pack.gaps).toBe(planted.gaps.length);
  });

  it('counts evidence and gaps per control in the JSON and Markdown summaries', () => {
    const { controls } = fileJson<{ controls: ControlSummary[] }>(pack.files, 'controls-summary.json');
    const art26 = controls.find((c) => c.control === 'EUAIA:Art.26')!;
    expect(Object.fromEntries(art26.gaps.map((g) => [g.kind, g.count]))).toEqual({
      'tool-without-decision': 1,
      'annex-iii-not-reviewed': 3,
      'device-not-synced': 1,
    });
    // Only the four registrations in Annex III areas or affecting people are Art. 26 evidence.
    expect(art26.evidence.find((e) => e.dataset === 'registrations')).toMatchObject({
      rows: 4,
      from: expect.stringMatching(/^2026-11-23T09:/),
      to: expect.stringMatching(/^2026-11-23T09:/),
    });
    const a43 = controls.find((c) => c.control === 'ISO42001:A.4.3')!;
    expect(a43.evidence).toEqual([expect.objectContaining({ dataset: 'registrations', rows: 6 })]);
    expect(a43.status).toBe('evidence with gaps');
    expect(controls.find((c) => c.control === 'ISO42001:A.3.3')!.status).toBe('no evidence');
    const md = fileText(pack.files, 'controls-summary.md');
    expect(md).toMatch(/## EUAIA:Art\.26 — [^\n]+\n\nStatus: \*\*evidence with gaps\*\*/);
    expect(md).toContain('- annex-iii-not-reviewed: **3**');
  });

  it('puts exactly the tools in use into the BOM, with registered data classes and decisions', () => {
    const bom = fileJson<{ services: Record<string, unknown>[] }>(pack.files, 'ai-bom.cdx.json');
    expect(bom.services.map((s) => s['bom-ref'])).toEqual(
      planted.toolsInUse.map((id) => `lantern-tool:${id}`),
    );
    const claude = bom.services.find((s) => s['bom-ref'] === 'lantern-tool:claude')!;
    expect(claude.data).toEqual(
      ['internal', 'personal', 'public'].map((classification) => ({ flow: 'inbound', classification })),
    );
    expect(claude.trustZone).toBe('external-supplier');
    expect(claude.properties).toEqual(
      expect.arrayContaining([
        { name: 'lantern:status', value: 'conditional' },
        { name: 'lantern:enforcement', value: 'acknowledge' },
        { name: 'lantern:allowedDataClasses', value: 'public, internal' },
      ]),
    );
    const perplexity = bom.services.find((s) => s['bom-ref'] === 'lantern-tool:perplexity')!;
    expect(perplexity.properties).toEqual(
      expect.arrayContaining([{ name: 'lantern:status', value: 'undecided' }]),
    );
    const tool = catalog.find((x) => x.id === 'perplexity')!;
    expect(perplexity.endpoints).toEqual(expect.arrayContaining(tool.domains.map((d) => `https://${d}/`)));
    expect(perplexity.provider).toEqual({ name: tool.vendor });
  });
});
