import type { CompanyWorkspace, SupplierFacts, Tool, ToolStatus } from '@lantern/shared';
import { CATEGORY_LABELS } from '@lantern/shared';
import { StatusBadge } from './StatusBadge';
import { STATUS_HINTS } from './status';

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
        {tool.vendor ? `by ${tool.vendor}` : 'Vendor not known'}
        {tool.category ? ` · ${CATEGORY_LABELS[tool.category]}` : ''}
      </p>
      <p>{STATUS_HINTS[status]}</p>
      {conditions && (
        <div className="conditions">
          <h3>Conditions</h3>
          <p className="pre-line">{conditions}</p>
        </div>
      )}
      {companyWorkspace && <CompanyWorkspaceNote toolName={tool.name} link={companyWorkspace.link} />}
      {facts.length > 0 && (
        <div>
          <h3>About the supplier</h3>
          <ul className="facts">
            {facts.map((fact) => (
              <li key={fact}>{fact}</li>
            ))}
          </ul>
        </div>
      )}
      {alternative && (
        <p className="alternative">
          Approved alternative: <strong>{alternative.name}</strong>
        </p>
      )}
    </section>
  );
}

/** Supplier facts in plain words; unknown facts are said to be unknown rather than left out. */
export function supplierFacts(supplier: SupplierFacts): string[] {
  const facts: string[] = [];
  if (supplier.trainsOnInputsByDefault === true) facts.push('Trains on your inputs by default');
  else if (supplier.trainsOnInputsByDefault === false) facts.push('Does not train on your inputs by default');
  else facts.push('Not known whether it trains on your inputs');
  if (supplier.enterpriseTier === true) facts.push('Offers an enterprise tier');
  if (supplier.dataRegions.length > 0) facts.push(`Data regions: ${supplier.dataRegions.join(', ')}`);
  return facts;
}

/** Why a personal account stops working at the vendor, and where the company workspace is. */
export function CompanyWorkspaceNote({ toolName, link }: { toolName: string; link: string | null }) {
  return (
    <div className="conditions" role="note" aria-label="Company workspace only">
      <h3>Use the company workspace</h3>
      <p>
        Your organisation allows {toolName} only in its company workspace. Personal accounts are refused by{' '}
        {toolName} itself on this browser: if {toolName} says your account or workspace is not allowed, sign
        in with your work account.
      </p>
      {link && (
        <p>
          <a href={link} target="_blank" rel="noopener noreferrer">
            Open the company workspace
          </a>
        </p>
      )}
    </div>
  );
}
