import { Flags } from '../../components/Flags';
import { fmtNumber } from '../../format';
import { href } from '../../location';
import type { ToolsPage } from './useOverview';

/** The first flagged tools, with a link to all of them. */
export function FlaggedTools({ flagged }: { flagged: ToolsPage }) {
  return (
    <section className="card" aria-labelledby="attention-h">
      <h2 id="attention-h" style={{ marginTop: 0 }}>
        Flags needing attention
      </h2>
      {flagged.rows.length === 0 ? (
        <p className="muted">Nothing flagged.</p>
      ) : (
        <ul className="plain-list">
          {flagged.rows.map((r) => (
            <li key={r.toolId}>
              <a href={href(['tools', r.toolId])}>{r.name}</a> <Flags flags={r.flags} />
            </li>
          ))}
        </ul>
      )}
      {flagged.total > flagged.rows.length && (
        <a href={href('inventory', { flagged: 'yes' })}>All {fmtNumber(flagged.total)} flagged tools</a>
      )}
    </section>
  );
}
