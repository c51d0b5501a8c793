import type { Decision } from '@lantern/shared';
import type { GuardCount } from '../../guard/counts';

interface Props {
  decisions: readonly Decision[];
  counts: readonly GuardCount[];
  name: (toolId: string) => string;
}

/**
 * Says whether the data guard is on, for which tools, exactly what it does, and what it counted on
 * this browser. The wording matches docs/privacy.md ("The data guard at the prompt").
 */
export function GuardSection({ decisions, counts, name }: Props) {
  const guarded = decisions.filter((d) => d.dataGuard === true);
  return (
    <section className="card" aria-labelledby="guard">
      <h2 id="guard">Data guard</h2>
      {guarded.length === 0 ? (
        <p>Off. Your organisation has not turned on the data guard for any tool.</p>
      ) : (
        <>
          <p>
            On for: <strong>{guarded.map((d) => name(d.toolId)).join(', ')}</strong>.
          </p>
          <p>
            On these tools' pages only, when you paste, drop text or files, or choose a file, Lantern checks
            the content <strong>here in your browser</strong> for passwords and keys, payment card numbers,
            IBANs, lists of email addresses or phone numbers, national id numbers and source code. If it finds
            a kind of data your organisation does not allow for the tool, it asks before the paste goes in:
            Cancel or Paste anyway. Typing is not checked. Dropped or chosen files reach the page before
            Lantern can stop them, so for those it only tells you afterwards.
          </p>
          <p>
            Nothing you paste is stored or sent. Lantern counts, per day, tool and kind of data, how often it
            warned and how often you pasted anyway, and sends only those counts (listed below and in the log
            of sent events).
          </p>
        </>
      )}
      {counts.length > 0 && (
        <table>
          <thead>
            <tr>
              <th>Day</th>
              <th>Tool</th>
              <th>Data class</th>
              <th>Warnings</th>
              <th>Pasted anyway</th>
            </tr>
          </thead>
          <tbody>
            {[...counts]
              .sort((a, b) => (a.day < b.day ? 1 : a.day > b.day ? -1 : 0))
              .map((c) => (
                <tr key={`${c.day}|${c.toolId}|${c.dataClass}`}>
                  <td>{c.day}</td>
                  <td>{name(c.toolId)}</td>
                  <td>{c.dataClass}</td>
                  <td>{c.warnings}</td>
                  <td>{c.pastedAnyway}</td>
                </tr>
              ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
