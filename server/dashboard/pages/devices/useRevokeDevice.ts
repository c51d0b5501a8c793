import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTRPC } from '../../api/query';
import { browserName, type DeviceRow } from './columns';

/** Revokes a browser after asking; the last outcome is kept to show. */
export function useRevokeDevice() {
  const [error, setError] = useState<Error>();
  const [done, setDone] = useState<string>();
  const trpc = useTRPC();
  const revokeMutation = useMutation(trpc.admin.devices.revoke.mutationOptions());

  async function revoke(row: DeviceRow) {
    if (!window.confirm(`Revoke ${browserName(row)} of ${row.person}? The browser must enrol again to sync.`))
      return;
    setError(undefined);
    try {
      await revokeMutation.mutateAsync({ id: row.id });
      setDone(`Revoked ${browserName(row)} of ${row.person}.`);
    } catch (err) {
      setError(err instanceof Error ? err : new Error(String(err)));
    }
  }

  return { error, done, revoke };
}
