import { useCallback, useEffect, useState } from 'react';
import { sendMessage } from '../messaging/client';
import type { StatusAnswer } from '../messaging/protocol';

export interface EnrolValues {
  serverUrl: string;
  enrollmentToken: string;
  userEmail: string;
}

/**
 * Enrolment and sync state for the options and welcome pages, and a manual enrolment that reports
 * its problem as the raw text (pages show it through ErrorMessage).
 */
export function useEnrolment() {
  const [status, setStatus] = useState<StatusAnswer | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [justConnected, setJustConnected] = useState(false);

  const refresh = useCallback(
    () =>
      sendMessage({ type: 'getStatus' })
        .then(setStatus)
        .catch((e: unknown) => setError(e instanceof Error ? e.message : String(e))),
    [],
  );
  useEffect(() => void refresh(), [refresh]);

  const enrol = async (values: EnrolValues) => {
    setError(null);
    setJustConnected(false);
    try {
      await sendMessage({ type: 'enrol', ...values, userEmail: values.userEmail.trim() || null });
      setJustConnected(true);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
    await refresh();
  };

  return { status, error, justConnected, enrol };
}
