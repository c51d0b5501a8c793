import type { DataClass } from '@lantern/shared';
import type { GuardView } from '../../guard/messages';
import type { Reply } from '../../messaging/protocol';
import { PageGuard } from './controller';

/**
 * The on-device data guard. Registered at run time, at document_start, only on pages of tools the
 * organisation guards (guard/registration.ts). It classifies pasted, dropped and selected content
 * here, in the page's tab, and tells the background only the data classes it warned about and
 * whether the employee went ahead. Plain DOM and no schemas, so it stays small.
 */
export default defineContentScript({
  registration: 'runtime',
  main() {
    const guard = new PageGuard({
      view: ask<GuardView>({ type: 'guardForTab' }),
      report: (dataClasses: DataClass[], pastedAnyway: boolean) =>
        void ask({ type: 'guardOutcome', dataClasses, pastedAnyway }),
    });
    guard.start(window);
  },
});

async function ask<T>(
  message:
    { type: 'guardForTab' } | { type: 'guardOutcome'; dataClasses: DataClass[]; pastedAnyway: boolean },
): Promise<T | null> {
  try {
    const reply: Reply<T> | undefined = await browser.runtime.sendMessage(message);
    return reply?.ok ? reply.value : null;
  } catch {
    return null; // the extension was reloaded or the worker is gone: guard nothing
  }
}
