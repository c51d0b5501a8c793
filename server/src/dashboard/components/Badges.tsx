import type { ToolStatus } from '@lantern/shared';

export const STATUS_LABELS: Record<ToolStatus | 'none', string> = {
  approved: 'Approved',
  conditional: 'Approved with conditions',
  review: 'Under review',
  prohibited: 'Prohibited',
  none: 'Not decided',
};

/** Status is spelled out in words as well as colour, so it never depends on seeing colour. */
export function StatusBadge({ status }: { status: ToolStatus | null | undefined }) {
  const key = status ?? 'none';
  return <span className={`badge badge-${status ?? 'neutral'}`}>{STATUS_LABELS[key]}</span>;
}

export function Badge({
  children,
  tone = 'neutral',
  title,
}: {
  children: string;
  tone?: 'neutral' | 'flag';
  title?: string;
}) {
  return (
    <span className={`badge badge-${tone}`} title={title}>
      {children}
    </span>
  );
}
