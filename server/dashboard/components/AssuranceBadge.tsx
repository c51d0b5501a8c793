const LABELS = {
  oidc: ['Verified (sign-in)', 'Signed in at the identity provider'],
  'personal-link': ['Verified (personal link)', 'Enrolled with a single-use link made for this person'],
  'self-asserted': [
    'Self-asserted',
    'Enrolled with the organisation-wide token: whoever held it could claim any email',
  ],
} as const;

export type Assurance = keyof typeof LABELS;

/** How a person's or browser's identity was established (issue 14). */
export function AssuranceBadge({ assurance }: { assurance: Assurance | null }) {
  if (assurance === null) return <span className="muted">No browser yet</span>;
  const [label, title] = LABELS[assurance];
  const tone = assurance === 'self-asserted' ? 'flag' : 'neutral';
  return (
    <span className={`badge badge-${tone}`} title={title} data-assurance={assurance}>
      {label}
    </span>
  );
}
