import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { api } from '../api/client';
import { useTRPC } from '../api/query';
import { Badge } from '../components/Badges';
import { ErrorNotice, ReadOnlyNote, SuccessNotice } from '../components/Feedback';
import { PageHead } from '../components/Layout';
import { useCanWrite } from '../session';
import { DeliveryLog } from './integrations/DeliveryLog';
import { EndpointForm } from './integrations/EndpointForm';

type Endpoint = Awaited<ReturnType<typeof api.admin.webhooks.list.query>>['endpoints'][number];

/** Webhook, Slack, Teams and email endpoints, their delivery logs, and the server's mail settings. */
export function IntegrationsPage() {
  const canWrite = useCanWrite();
  const trpc = useTRPC();
  const testMutation = useMutation(trpc.admin.webhooks.test.mutationOptions());
  const setEnabledMutation = useMutation(trpc.admin.webhooks.setEnabled.mutationOptions());
  const list = useQuery(trpc.admin.webhooks.list.queryOptions());
  const [open, setOpen] = useState<string>();
  const [error, setError] = useState<Error>();
  const [done, setDone] = useState<string>();

  async function act(what: string, run: () => Promise<string>) {
    setError(undefined);
    setDone(undefined);
    try {
      setDone(await run());
    } catch (err) {
      setError(new Error(`${what}: ${err instanceof Error ? err.message : String(err)}`));
    }
  }

  const test = (e: Endpoint) =>
    act('Test', async () => {
      const r = await testMutation.mutateAsync({ id: e.id });
      if (!r.ok) throw new Error(`test send to ${e.name} failed: ${r.error}`);
      return `The test message reached ${e.name}.`;
    });
  const setEnabled = (e: Endpoint, enabled: boolean) =>
    act(enabled ? 'Enable' : 'Disable', async () => {
      await setEnabledMutation.mutateAsync({ id: e.id, enabled });
      return `${e.name} ${enabled ? 'enabled' : 'disabled'}.`;
    });

  const email = list.data?.email;
  return (
    <>
      <PageHead
        title="Integrations"
        intro="Where Lantern sends events: signed webhooks, Slack, Teams and email."
      />
      {!canWrite && <ReadOnlyNote />}
      {list.error && <ErrorNotice error={list.error} title="Not loaded" />}
      {error && <ErrorNotice error={error} title="Not done" />}
      {done && <SuccessNotice>{done}</SuccessNotice>}
      <p>
        Email:{' '}
        {email?.configured
          ? `sent through ${email.server} as ${email.from}`
          : 'not configured (set SMTP_URL and SMTP_FROM on the server)'}
      </p>
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
          {(list.data?.endpoints ?? []).map((e) => (
            <tr key={e.id}>
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
                <button type="button" onClick={() => setOpen(open === e.id ? undefined : e.id)}>
                  Delivery log
                </button>
                {canWrite && (
                  <>
                    <button type="button" onClick={() => void test(e)}>
                      Test
                    </button>
                    <button type="button" onClick={() => void setEnabled(e, !e.enabled)}>
                      {e.enabled ? 'Disable' : 'Enable'}
                    </button>
                  </>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {open && <DeliveryLog endpointId={open} canWrite={canWrite} />}
      {canWrite && <EndpointForm />}
    </>
  );
}
