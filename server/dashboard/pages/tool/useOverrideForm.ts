import { useMutation } from '@tanstack/react-query';
import type { ToolOverride } from '@lantern/shared';
import { useState, type FormEvent } from 'react';
import { useTRPC } from '../../api/query';

const splitHosts = (text: string) =>
  text
    .split(/[\s,]+/)
    .map((h) => h.trim().toLowerCase())
    .filter((h) => h !== '');

/** The override as typed: hostnames as comma- or space-separated text. */
export interface OverrideDraft {
  name: string;
  add: string;
  remove: string;
  retired: boolean;
  notAi: boolean;
  note: string;
}

/** The override being edited, its save and its removal, with the last outcome to show. */
export function useOverrideForm(toolId: string, current: ToolOverride | null) {
  const trpc = useTRPC();
  const setOverrideMutation = useMutation(trpc.admin.catalog.setOverride.mutationOptions());
  const removeOverrideMutation = useMutation(trpc.admin.catalog.removeOverride.mutationOptions());
  const [draft, setDraft] = useState<OverrideDraft>({
    name: current?.name ?? '',
    add: current?.addDomains.join(', ') ?? '',
    remove: current?.removeDomains.join(', ') ?? '',
    retired: current?.retired ?? false,
    notAi: current?.notAi ?? false,
    note: current?.note ?? '',
  });
  const [error, setError] = useState<Error>();
  const [done, setDone] = useState<string>();
  const set = (patch: Partial<OverrideDraft>) => setDraft((d) => ({ ...d, ...patch }));

  async function run(action: () => Promise<unknown>, message: string) {
    setError(undefined);
    setDone(undefined);
    try {
      await action();
      setDone(message);
    } catch (err) {
      setError(err instanceof Error ? err : new Error(String(err)));
    }
  }

  const save = (e: FormEvent) => {
    e.preventDefault();
    void run(
      () =>
        setOverrideMutation.mutateAsync({
          toolId,
          name: draft.name.trim() || null,
          addDomains: splitHosts(draft.add),
          removeDomains: splitHosts(draft.remove),
          retired: draft.retired,
          notAi: draft.notAi,
          note: draft.note.trim() || null,
        }),
      'Override saved: browsers apply it at their next pull.',
    );
  };
  const remove = () => void run(() => removeOverrideMutation.mutateAsync({ toolId }), 'Override removed.');

  return { draft, set, error, done, save, remove };
}
