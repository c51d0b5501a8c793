import { useQuery } from '@tanstack/react-query';
import type { Tool } from '@lantern/shared';
import { useTRPC } from '../../api/query';
import { fmtDate, fmtNumber } from '../../format';
import { categoryLabel, SIGNAL_LABELS } from '../inventory/labels';
import { Recognition } from './Recognition';
import { SupplierFacts } from './SupplierFacts';
import type { ToolDetail } from './types';

/** Supplier facts (ISO/IEC 42001 A.10.3) and how Lantern saw the tool. */
export function ToolFacts({
  toolId,
  tool,
  detail,
}: {
  toolId: string;
  tool: Tool | undefined;
  detail: ToolDetail | undefined;
}) {
  return (
    <div className="grid grid-2">
      <SupplierSection toolId={toolId} tool={tool} />
      <SignalsSection detail={detail} />
    </div>
  );
}

/** The catalog's facts about the supplier, and the risk facts per plan. */
function SupplierSection({ toolId, tool }: { toolId: string; tool: Tool | undefined }) {
  // From the catalog release in use on the server, so a newer release's facts show without a rebuild.
  const trpc = useTRPC();
  const supplier = useQuery(trpc.admin.catalog.supplier.queryOptions({ toolId }));
  return (
    <section className="card" aria-labelledby="supplier-h">
      <h2 id="supplier-h">Supplier facts</h2>
      {tool ? (
        <dl className="facts">
          <dt>Vendor</dt>
          <dd>{tool.vendor}</dd>
          <dt>Category</dt>
          <dd>{categoryLabel(tool.category)}</dd>
          <dt>Recognised by</dt>
          <dd>
            <Recognition tool={tool} />
          </dd>
          <dt>Source</dt>
          <dd>
            {tool.source.startsWith('https://') ? (
              <a href={tool.source}>{tool.source}</a>
            ) : (
              tool.source || '—'
            )}{' '}
            (checked {tool.checked})
          </dd>
        </dl>
      ) : (
        <p className="muted">
          Not in the catalog: a self-reported or unknown tool. Add it as an organisation tool to record
          supplier facts.
        </p>
      )}
      <h3>Risk facts per plan</h3>
      {supplier.data ? (
        <SupplierFacts profile={supplier.data.profile} />
      ) : (
        <p className="muted">{supplier.error ? 'Supplier facts could not be loaded.' : 'Loading…'}</p>
      )}
    </section>
  );
}

/** How browsers saw the tool: signals, extension installs and the sites that embed it. */
function SignalsSection({ detail }: { detail: ToolDetail | undefined }) {
  const row = detail?.tool;
  return (
    <section className="card" aria-labelledby="signals-h">
      <h2 id="signals-h">Signals</h2>
      {row && row.signals.length > 0 ? (
        <ul>
          {row.signals.map((s) => (
            <li key={s}>{SIGNAL_LABELS[s] ?? s}</li>
          ))}
        </ul>
      ) : (
        <p className="muted">Not seen in any browser yet.</p>
      )}
      {detail && detail.extensionInstalls > 0 && (
        <p>Installed as a browser extension on {fmtNumber(detail.extensionInstalls)} browsers.</p>
      )}
      {detail && detail.embeddedSites.length > 0 && (
        <>
          <h3>Sites that embed it</h3>
          <ul>
            {detail.embeddedSites.map((s) => (
              <li key={s.host}>
                <span className="mono">{s.host}</span> — {fmtNumber(s.requests)} requests, last{' '}
                {fmtDate(s.lastSeenAt)}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
