import {
  FACT_LABELS,
  factValueText,
  profileFacts,
  type SupplierFact,
  type SupplierProfile,
} from '@lantern/shared/suppliers';

/** The value, with the DPA as a link; unknown facts say so rather than show a blank. */
function Value({ name, fact }: { name: string; fact: SupplierFact }) {
  if (fact.status === 'known' && name === 'dpa') return <a href={String(fact.value)}>{String(fact.value)}</a>;
  return <span className={fact.status === 'known' ? undefined : 'muted'}>{factValueText(fact)}</span>;
}

/**
 * Supplier risk facts per plan tier (ISO/IEC 42001 A.10.3): each fact with the page it was read on and
 * the day it was read, "Not known" where no source was read. Presentational: ToolFacts loads the profile.
 */
export function SupplierFacts({ profile }: { profile: SupplierProfile }) {
  const facts = profileFacts(profile);
  const known = facts.filter(([, f]) => f.status === 'known').length;
  return (
    <>
      <table className="supplier-facts" aria-label="Supplier risk facts">
        <thead>
          <tr>
            <th scope="col">Fact</th>
            <th scope="col">Value</th>
            <th scope="col">Source</th>
          </tr>
        </thead>
        <tbody>
          {facts.map(([name, fact]) => (
            <tr key={name}>
              <th scope="row">{FACT_LABELS[name] ?? name}</th>
              <td>
                <Value name={name} fact={fact} />
                {fact.status === 'known' && fact.note && <div className="muted small">{fact.note}</div>}
              </td>
              <td>
                {fact.status === 'known' ? (
                  <>
                    <a href={fact.source} rel="noreferrer">
                      {new URL(fact.source).hostname}
                    </a>{' '}
                    <span className="muted">(checked {fact.checked})</span>
                  </>
                ) : (
                  '—'
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="muted small">
        {known} of {facts.length} facts known. A fact is recorded only from a page that states it; check the
        source before relying on it.
      </p>
    </>
  );
}
