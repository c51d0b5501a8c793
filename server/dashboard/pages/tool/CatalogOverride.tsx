import { useQuery } from '@tanstack/react-query';
import { useTRPC } from '../../api/query';
import { ErrorNotice } from '../../components/Feedback';
import { fmtDate } from '../../format';
import { OverrideEditor } from './OverrideEditor';
import { Recognition } from './Recognition';

/**
 * A catalog tool as the catalog publishes it, beside the organisation's override and what browsers
 * classify with. Renders nothing for an organisation's own tool.
 */
export function CatalogOverride({ toolId, canWrite }: { toolId: string; canWrite: boolean }) {
  const trpc = useTRPC();
  const state = useQuery(trpc.admin.catalog.tool.queryOptions({ toolId }));
  if (state.error) return <ErrorNotice error={state.error} />;
  const data = state.data;
  if (!data || data.published === null) return null;
  const { published, override, effective } = data;
  const status = override?.retired ? 'Retired' : override?.notAi ? 'Not AI for us' : 'Detected';
  return (
    <section aria-label="Catalog entry and organisation override">
      <h2>Catalog entry</h2>
      <div className="grid grid-2">
        <div className="card">
          <table>
            <thead>
              <tr>
                <th scope="col" />
                <th scope="col">Catalog (release {data.catalogVersion})</th>
                <th scope="col">For this organisation</th>
              </tr>
            </thead>
            <tbody>
              <tr>
                <th scope="row">Name</th>
                <td>{published.name}</td>
                <td>{override?.name ?? published.name}</td>
              </tr>
              <tr>
                <th scope="row">Recognised by</th>
                <td>
                  <Recognition tool={published} />
                </td>
                <td>{effective === null ? '—' : <Recognition tool={effective} />}</td>
              </tr>
              <tr>
                <th scope="row">In browsers</th>
                <td>Detected</td>
                <td>{status}</td>
              </tr>
            </tbody>
          </table>
          {override ? (
            <p className="muted">
              Override by {override.updatedBy} on {fmtDate(override.updatedAt)}
              {override.note ? `: ${override.note}` : ''}. It stays in force when the catalog is updated.
            </p>
          ) : (
            <p className="muted">No override: browsers use the catalog's entry as published.</p>
          )}
        </div>
        {canWrite && <OverrideEditor toolId={toolId} current={override} />}
      </div>
    </section>
  );
}
