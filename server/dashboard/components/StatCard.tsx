import type { ReactNode } from 'react';

interface StatCardProps {
  label: string;
  value: ReactNode;
  hint?: ReactNode;
  /** Where the number leads (the list behind it). */
  to?: string;
}

export function StatCard({ label, value, hint, to }: StatCardProps) {
  const body = (
    <>
      <span className="stat-label">{label}</span>
      <span className="stat-value">{value}</span>
      {hint && <span className="stat-hint">{hint}</span>}
    </>
  );
  return (
    <div className="card stat">
      {to ? (
        <a href={to} className="stat">
          {body}
        </a>
      ) : (
        body
      )}
    </div>
  );
}
