import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTRPC } from '../../api/query';
import type { Module } from './columns';
import { parseQuestions, questionsText } from './questions-text';

/** The module as typed; questions as text, the pass mark as the number field's string. */
export interface ModuleDraft {
  id: string;
  title: string;
  body: string;
  courseUrl: string;
  questions: string;
  passMark: string;
}

export type SetModule = (patch: Partial<ModuleDraft>) => void;

/** The module being written (from the version it follows, if any) and its publication. */
export function useModuleForm(
  initial: Module | null,
  onPublished: (v: { id: string; version: number }) => void,
) {
  const trpc = useTRPC();
  const publishMutation = useMutation(trpc.admin.literacy.publish.mutationOptions());
  const [draft, setDraft] = useState<ModuleDraft>({
    id: initial?.id ?? '',
    title: initial?.title ?? '',
    body: initial?.body ?? '',
    courseUrl: initial?.courseUrl ?? '',
    questions: questionsText(initial?.questions ?? []),
    passMark: String(initial?.passMark ?? 80),
  });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<Error>();
  const set: SetModule = (patch) => setDraft((d) => ({ ...d, ...patch }));

  async function publish(e: FormEvent) {
    e.preventDefault();
    const parsed = parseQuestions(draft.questions);
    if (parsed.error) return setError(new Error(parsed.error));
    setBusy(true);
    setError(undefined);
    try {
      const m = await publishMutation.mutateAsync({
        id: draft.id.trim(),
        content: {
          title: draft.title.trim(),
          body: draft.body,
          courseUrl: draft.courseUrl.trim() === '' ? null : draft.courseUrl.trim(),
          questions: parsed.questions,
          passMark: parsed.questions.length === 0 ? null : Number(draft.passMark),
        },
      });
      onPublished(m);
    } catch (err) {
      setError(err instanceof Error ? err : new Error(String(err)));
    } finally {
      setBusy(false);
    }
  }

  return { draft, set, publish, busy, error };
}
