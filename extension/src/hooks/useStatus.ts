import { useEffect, useState } from 'react';
import { sendMessage } from '../messaging/client';
import type { StatusAnswer } from '../messaging/protocol';

/** Enrolment and sync state from the background, refreshed every few seconds while shown. */
export function useStatus(intervalMs = 3000): StatusAnswer | null {
  const [status, setStatus] = useState<StatusAnswer | null>(null);
  useEffect(() => {
    let live = true;
    const load = () =>
      sendMessage({ type: 'getStatus' })
        .then((s) => live && setStatus(s))
        .catch(() => undefined);
    void load();
    const timer = setInterval(() => void load(), intervalMs);
    return () => {
      live = false;
      clearInterval(timer);
    };
  }, [intervalMs]);
  return status;
}
