import { useMutation, useQuery } from '@tanstack/react-query';
import { useEffect, useState, type FormEvent } from 'react';
import type { api } from '../../api/client';
import { useTRPC } from '../../api/query';

export type Settings = Awaited<ReturnType<typeof api.admin.settings.get.query>>;

/** The settings as loaded, edited in a draft and saved with the retention-floor acknowledgement. */
export function useSettingsForm() {
  const trpc = useTRPC();
  const updateMutation = useMutation(trpc.admin.settings.update.mutationOptions());
  const settings = useQuery(trpc.admin.settings.get.queryOptions());
  const [draft, setDraft] = useState<Settings>();
  const [saved, setSaved] = useState(false);
  const [error, setError] = useState<Error>();
  const [floorAck, setFloorAck] = useState(false);

  useEffect(() => setDraft(settings.data), [settings.data]);

  async function save(e: FormEvent) {
    e.preventDefault();
    if (!draft) return;
    setError(undefined);
    setSaved(false);
    try {
      const next = await updateMutation.mutateAsync(
        floorAck ? { ...draft, acknowledgeRetentionFloor: true } : draft,
      );
      setDraft(next);
      setSaved(true);
    } catch (err) {
      setError(err instanceof Error ? err : new Error(String(err)));
    }
  }

  return { loadError: settings.error, draft, setDraft, saved, error, floorAck, setFloorAck, save };
}
