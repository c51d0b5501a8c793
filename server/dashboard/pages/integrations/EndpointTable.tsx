import { Badge } from '../../components/Badges';
import type { Endpoint } from './useEndpointActions';

interface Props {
  endpoints: readonly Endpoint[];
  onToggleLog: (id: string) => void;
  /** Present for writers. */
  actions?: { test: (e: Endpoint) => void; setEnabled: (e: Endpoint, enabled: boolean) => void };
}

function EndpointRow({ e, onToggleLog, actions }: Omit<Props, 'endpoints'> & { e: Endpoint }) {
  return (
    <tr>
      <td>{e.name}</td>
      <td>{e.kind}</td>
      <td>
        <code>{e.url}</code>
      </td>
      <td>{e.events.join(', ')}</td>
      <td>
        {e.enabled ? (
          <Badge>Enabled</Badge>
        ) : (
          <Badge tone="flag" title={e.disabledReason ?? undefined}>
            Disabled
          </Badge>
        )}
      </td>
      <td>
        <button type="button" onClick={() => onToggleLog(e.id)}>
          Delivery log
        </button>
        {actions && (
          <>
            <button type="button" onClick={() => actions.test(e)}>
              Test
            </button>
            <button type="button" onClick={() => actions.setEnabled(e, !e.enabled)}>
              {e.enabled ? 'Disable' : 'Enable'}
            </button>
          </>
        )}
      </td>
    </tr>
  );
}

/** Every endpoint with its status, delivery-log button and (for writers) test and enable buttons. */
export function EndpointTable({ endpoints, onToggleLog, actions }: Props) {
  return (
    <table aria-label="Endpoints">
      <thead>
        <tr>
          <th>Name</th>
          <th>Kind</th>
          <th>Target</th>
          <th>Events</th>
          <th>Status</th>
          <th />
        </tr>
      </thead>
      <tbody>
        {endpoints.map((e) => (
          <EndpointRow key={e.id} e={e} onToggleLog={onToggleLog} actions={actions} />
        ))}
      </tbody>
    </table>
  );
}
