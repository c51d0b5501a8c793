import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import type { api } from '../../api/client';
import { useTRPC } from '../../api/query';

export type Endpoint = Awaited<ReturnType<typeof api.admin.webhooks.list.query>>['endpoints'][number];

/** Test sends and enabling/disabling endpoints, with the last outcome to show. */
export function useEndpointActions() {
  const trpc = useTRPC();
  const testMutation = useMutation(trpc.admin.webhooks.test.mutationOptions());
  const setEnabledMutation = useMutation(trpc.admin.webhooks.setEnabled.mutationOptions());
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

  return { error, done, test, setEnabled };
}
