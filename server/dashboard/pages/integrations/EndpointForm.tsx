import { ENDPOINT_KINDS, WEBHOOK_EVENT_TYPES, type EndpointKind } from '@lantern/shared';
import { ErrorNotice, SuccessNotice } from '../../components/Feedback';
import { useEndpointForm } from './useEndpointForm';

const KIND_LABEL: Record<EndpointKind, string> = {
  standard: 'Standard Webhooks (signed JSON)',
  slack: 'Slack incoming webhook',
  teams: 'Microsoft Teams incoming webhook',
  email: 'Email (addresses, comma-separated)',
};

/** Adds an endpoint. The server sends a test message first and saves only if it arrived. */
export function EndpointForm() {
  const { name, setName, kind, setKind, url, setUrl, events, toggle, error, secret, submit } =
    useEndpointForm();

  return (
    <form onSubmit={(e) => void submit(e)} aria-label="Add endpoint">
      <h2>Add an endpoint</h2>
      {error && <ErrorNotice error={error} title="Not saved" />}
      {secret !== undefined && (
        <SuccessNotice>
          Saved; the test message arrived.
          {secret && (
            <>
              {' '}
              Signing secret (shown once): <code>{secret}</code>
            </>
          )}
        </SuccessNotice>
      )}
      <label>
        Name <input value={name} onChange={(e) => setName(e.target.value)} required maxLength={100} />
      </label>
      <label>
        Kind{' '}
        <select value={kind} onChange={(e) => setKind(e.target.value as EndpointKind)}>
          {ENDPOINT_KINDS.map((k) => (
            <option key={k} value={k}>
              {KIND_LABEL[k]}
            </option>
          ))}
        </select>
      </label>
      <label>
        {kind === 'email' ? 'Addresses' : 'URL'}{' '}
        <input value={url} onChange={(e) => setUrl(e.target.value)} required maxLength={2000} />
      </label>
      <fieldset className="checks">
        <legend>Events</legend>
        {WEBHOOK_EVENT_TYPES.map((t) => (
          <label key={t}>
            <input type="checkbox" checked={events.includes(t)} onChange={() => toggle(t)} /> {t}
          </label>
        ))}
      </fieldset>
      <button type="submit" disabled={events.length === 0}>
        Test and save
      </button>
    </form>
  );
}
