import {
  FACT_LABELS,
  factValueText,
  profileFacts,
  supplierProfileFor,
  type SupplierProfile,
} from '@lantern/shared/suppliers';

/**
 * What the tool's supplier does with what people type (ISO/IEC 42001 A.10.3), compact, for the
 * acknowledgement page: each known fact with its source and the day it was checked. The facts come
 * with this build (`@lantern/shared/suppliers`, bundled into this page only, never the background).
 */
export function SupplierBox({
  toolId,
  profile = supplierProfileFor(toolId),
}: {
  toolId: string;
  profile?: SupplierProfile;
}) {
  const known = profileFacts(profile).flatMap(([name, f]) => (f.status === 'known' ? [{ name, f }] : []));
  return (
    <section className="card supplier-box" aria-labelledby={`supplier-${toolId}`}>
      <h2 id={`supplier-${toolId}`}>What the supplier does with your inputs</h2>
      {known.length === 0 ? (
        <p className="muted">
          Not known: Lantern has no sourced facts about this supplier yet. Treat what you type as if the
          supplier may keep it.
        </p>
      ) : (
        <ul className="facts">
          {known.map(({ name, f }) => (
            <li key={name}>
              {FACT_LABELS[name] ?? name}: <strong>{factValueText(f)}</strong>{' '}
              <a className="muted" href={f.source} target="_blank" rel="noreferrer">
                source, checked {f.checked}
              </a>
            </li>
          ))}
        </ul>
      )}
      {known.length > 0 && known.length < 9 && <p className="muted">Other facts (of 9) are not known.</p>}
    </section>
  );
}
