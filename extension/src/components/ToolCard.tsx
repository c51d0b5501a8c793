import type { CompanyWorkspace, SupplierFacts, Tool, ToolStatus } from '@lantern/shared';
import { StatusBadge } from './StatusBadge';
import { STATUS_HINTS } from './status';
import { t } from '../i18n';

export interface ToolCardProps {
  /** The tool, or a bare id/name when it is not in the catalog. */
  tool: Pick<Tool, 'id' | 'name'> & Partial<Tool>;
  status: ToolStatus;
  conditions: string | null;
  /** The tool the organisation suggests instead, if any. */
  alternative: Pick<Tool, 'id' | 'name'> | null;
  /** "Company workspace only" (issue 22): personal accounts are refused by the vendor. */
  companyWorkspace?: CompanyWorkspace | undefined;
}

/** Vendor, status, conditions, supplier facts and the approved alternative, for A.10.3 supplier awareness. */
export function ToolCard({ tool, status, conditions, alternative, companyWorkspace }: ToolCardProps) {
  const facts = tool.supplier ? supplierFacts(tool.supplier) : [];
  return (
    <section className="card tool-card" aria-labelledby={`tool-${tool.id}`}>
      <h2 id={`tool-${tool.id}`}>
        {tool.name} <StatusBadge status={status} />
      </h2>
      <p className="muted">
        {tool.vendor ? t('tool.by', { vendor: tool.vendor }) : t('tool.vendorUnknown')}
        {tool.category ? ` · ${t(`category.${tool.category}`)}` : ''}
      </p>
      <p>{STATUS_HINTS[status]}</p>
      {conditions && (
        <div className="conditions">
          <h3>{t('tool.conditions')}</h3>
          <p className="pre-line">{conditions}</p>
        </div>
      )}
      {companyWorkspace && <CompanyWorkspaceNote toolName={tool.name} link={companyWorkspace.link} />}
      {facts.length > 0 && (
        <div>
          <h3>{t('tool.supplier')}</h3>
          <ul className="facts">
            {facts.map((fact) => (
              <li key={fact}>{fact}</li>
            ))}
          </ul>
        </div>
      )}
      {alternative && (
        <p className="alternative">
          {t('tool.alternative')} <strong>{alternative.name}</strong>
        </p>
      )}
    </section>
  );
}

/** Supplier facts in plain words; unknown facts are said to be unknown rather than left out. */
export function supplierFacts(supplier: SupplierFacts): string[] {
  const facts: string[] = [];
  if (supplier.trainsOnInputsByDefault === true) facts.push(t('tool.trains'));
  else if (supplier.trainsOnInputsByDefault === false) facts.push(t('tool.doesNotTrain'));
  else facts.push(t('tool.trainsUnknown'));
  if (supplier.enterpriseTier === true) facts.push(t('tool.enterpriseTier'));
  if (supplier.dataRegions.length > 0)
    facts.push(t('tool.regions', { regions: supplier.dataRegions.join(', ') }));
  return facts;
}

/** Why a personal account stops working at the vendor, and where the company workspace is. */
export function CompanyWorkspaceNote({ toolName, link }: { toolName: string; link: string | null }) {
  return (
    <div className="conditions" role="note" aria-label={t('tool.workspaceLabel')}>
      <h3>{t('tool.workspaceTitle')}</h3>
      <p>{t('tool.workspaceBody', { tool: toolName })}</p>
      {link && (
        <p>
          <a href={link} target="_blank" rel="noopener noreferrer">
            {t('tool.workspaceLink')}
          </a>
        </p>
      )}
    </div>
  );
}
