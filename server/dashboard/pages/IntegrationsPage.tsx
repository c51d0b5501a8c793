import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTRPC } from '../api/query';
import { ErrorNotice, ReadOnlyNote, SuccessNotice } from '../components/Feedback';
import { PageHead } from '../components/Layout';
import { useCanWrite } from '../session';
import { DeliveryLog } from './integrations/DeliveryLog';
import { EndpointForm } from './integrations/EndpointForm';
import { EndpointTable } from './integrations/EndpointTable';
import { useEndpointActions } from './integrations/useEndpointActions';

/** Webhook, Slack, Teams and email endpoints, their delivery logs, and the server's mail settings. */
export function IntegrationsPage() {
  const canWrite = useCanWrite();
  const trpc = useTRPC();
  const list = useQuery(trpc.admin.webhooks.list.queryOptions());
  const [open, setOpen] = useState<string>();
  const { error, done, test, setEnabled } = useEndpointActions();

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
      <EndpointTable
        endpoints={list.data?.endpoints ?? []}
        onToggleLog={(id) => setOpen(open === id ? undefined : id)}
        actions={
          canWrite
            ? { test: (e) => void test(e), setEnabled: (e, enabled) => void setEnabled(e, enabled) }
            : undefined
        }
      />
      {open && <DeliveryLog endpointId={open} canWrite={canWrite} />}
      {canWrite && <EndpointForm />}
    </>
  );
}
