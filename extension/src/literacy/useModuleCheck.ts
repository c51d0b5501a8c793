import { useState, type FormEvent } from 'react';
import { t } from '../i18n';
import { sendMessage } from '../messaging/client';
import type { ToolLiteracy } from './due';

export type CheckResult = { passed: boolean; score: number | null; passMark: number | null };

/** The answers to a module's check and their submission; the background scores them. */
export function useModuleCheck(m: ToolLiteracy['module'], toolId: string | null) {
  const [answers, setAnswers] = useState<(number | null)[]>(() => m.questions.map(() => null));
  const [result, setResult] = useState<CheckResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (answers.some((a) => a === null)) return setError(t('learn.answerAll'));
    setBusy(true);
    setError(null);
    try {
      setResult(
        await sendMessage({ type: 'completeModule', moduleId: m.id, version: m.version, answers, toolId }),
      );
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };
  const answer = (i: number, j: number) => setAnswers((a) => a.map((x, k) => (k === i ? j : x)));
  return { answers, answer, result, error, busy, submit };
}
