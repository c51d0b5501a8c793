import { Badge } from '../../components/Badges';
import type { GuardReport } from './columns';

/** Personal data pasted anyway into a tool not approved for it; nothing when there is none. */
export function GuardFlags({ report: r, name }: { report: GuardReport; name: (toolId: string) => string }) {
  if (r.flags.length === 0) return null;
  return (
    <section className="card" aria-labelledby="guard-flags">
      <h2 id="guard-flags">Flags</h2>
      <ul>
        {r.flags.map((f) => (
          <li key={f.toolId}>
            <Badge tone="flag">Personal data pasted anyway</Badge> {name(f.toolId)} is not approved for
            personal data{f.status === null ? ' (no decision yet)' : ''}: {f.pastedAnyway} times by {f.people}{' '}
            {f.people === 1 ? 'person' : 'people'} since {r.fromDay}.
          </li>
        ))}
      </ul>
    </section>
  );
}
