import type { ControlSummary, IdentitySummary } from './summary';

// controls-summary.md: the per-control summary (summary.ts) as the Markdown page of the pack.

/** The verified share of acceptances, in one sentence (the `identity_assurance` column has each row). */
export function identityLine(i: IdentitySummary): string {
  if (i.verifiedShare === null) return 'Identity behind acceptances: no acceptances yet.';
  const pct = (i.verifiedShare * 100).toFixed(1);
  return (
    `Identity behind acceptances: **${pct}%** of ${i.acceptances} were sent by a browser whose person was verified ` +
    `(${i.oidc} sign-in at the identity provider, ${i.personalLink} personal link); ${i.selfAsserted} are self-asserted ` +
    '(enrolled with the organisation-wide token, which lets its holder claim any email).'
  );
}

const cell = (s: string | number | null) => (s === null ? '—' : String(s).replace(/\|/g, '\\|'));

export function summaryMarkdown(
  summary: ControlSummary[],
  meta: { generatedAt: string; privacyMode: string; chainsOk: boolean },
  identity?: IdentitySummary,
): string {
  const out = [
    '# Lantern evidence pack — summary per control',
    '',
    `Generated ${meta.generatedAt}. People are shown ${meta.privacyMode === 'pseudonymous' ? 'as keyed pseudonyms' : 'by email'} (privacy mode: ${meta.privacyMode}).`,
    `Hash chains: ${meta.chainsOk ? 'verified' : '**BROKEN — see chain-proof.json**'}. Control titles are Lantern’s own paraphrases.`,
    '',
  ];
  if (identity) out.push(identityLine(identity), '');
  for (const s of summary) {
    out.push(`## ${s.control} — ${s.title}`, '', `Status: **${s.status}**.`, '');
    if (s.evidence.length > 0) {
      out.push('| evidence | rows | from | to |', '|---|---:|---|---|');
      for (const e of s.evidence)
        out.push(`| ${e.dataset}.csv / .json | ${e.rows} | ${cell(e.from)} | ${cell(e.to)} |`);
      out.push('');
    }
    if (s.gaps.length > 0) {
      out.push('Gaps (rows in gaps.csv):', '');
      for (const g of s.gaps) out.push(`- ${g.kind}: **${g.count}** — ${g.meaning}`);
      out.push('');
    }
  }
  return `${out.join('\n').trimEnd()}\n`;
}
