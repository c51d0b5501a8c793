import {
  profileFacts,
  supplierProfileFor,
  type KnownFact,
  type SupplierProfile,
} from '@lantern/shared/suppliers';
import { CATALOGUES, formatDate, t, type MessageKey } from '../i18n';

/** How many facts a supplier profile has (three training tiers, retention, regions, three certificates, DPA). */
const FACT_COUNT = 9;

/**
 * What the tool's supplier does with what people type (ISO/IEC 42001 A.10.3), compact, for the
 * acknowledgement page: each known fact with its source and the day it was checked. The facts come
 * with this build (`@lantern/shared/suppliers`, bundled into this page only, never the background).
 * Labels and yes/no words are translated; free-text values stay in the words of the source they cite.
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
      <h2 id={`supplier-${toolId}`}>{t('supplier.title')}</h2>
      {known.length === 0 ? (
        <p className="muted">{t('supplier.none')}</p>
      ) : (
        <ul className="facts">
          {known.map(({ name, f }) => (
            <li key={name}>
              {factLabel(name)}: <strong>{valueText(f)}</strong>{' '}
              <a className="muted" href={f.source} target="_blank" rel="noreferrer">
                {t('supplier.source', { date: formatDate(Date.parse(`${f.checked}T12:00:00Z`)) })}
              </a>
            </li>
          ))}
        </ul>
      )}
      {known.length > 0 && known.length < FACT_COUNT && (
        <p className="muted">{t('supplier.others', { total: String(FACT_COUNT) })}</p>
      )}
    </section>
  );
}

function factLabel(name: string): string {
  const key = `supplier.fact.${name}`;
  return isKey(key) ? t(key) : name;
}

function isKey(key: string): key is MessageKey {
  return Object.hasOwn(CATALOGUES.en, key);
}

function valueText(fact: KnownFact): string {
  const v: unknown = fact.value;
  if (v === 'yes') return t('supplier.value.yes');
  if (v === 'no') return t('supplier.value.no');
  if (v === 'no-such-plan') return t('supplier.value.noSuchPlan');
  if (v === true) return t('supplier.value.certified');
  if (v === false) return t('supplier.value.notCertified');
  if (Array.isArray(v)) return v.join(', ');
  return String(v);
}
