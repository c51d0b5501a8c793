import type { NoticeView } from '../../enforce/messages';
import type { Reply } from '../../messaging/protocol';
import { loadOrgLocale } from '../../i18n/org-locale';
import { drawNotice } from './draw';
import { NOTICE_CSS } from './style';

/**
 * The in-page notice. Registered at run time for AI tool pages only (enforce/notice-registration.ts).
 * It informs and links to the extension's own page; it decides and records nothing. Plain DOM, no
 * React and no schemas, so it stays a few kilobytes on pages the employee is working in.
 */
export default defineContentScript({
  registration: 'runtime',
  cssInjectionMode: 'manual',
  async main(ctx) {
    // `load`: this first question also tells the worker a tool's page loaded, and wakes it if it
    // was asleep; that is how visits to tools outside its first-turn filters are counted.
    const view = await ask<NoticeView | null>('noticeForTab', { load: true });
    if (!view || ctx.isInvalid) return;
    await loadOrgLocale();
    const ui = await createShadowRootUi(ctx, {
      name: 'lantern-notice',
      // Closed: the page's scripts get null from `host.shadowRoot`, so they can neither read the
      // conditions nor reach the buttons (issue 23 finding 7). See docs/security.md for what a page
      // can still do (hide or cover the notice, probe rendered text with window.find).
      mode: 'closed',
      position: 'inline',
      anchor: 'body',
      append: 'last',
      css: NOTICE_CSS,
      isolateEvents: true,
      onMount(container) {
        drawNotice(container, view, {
          open: () => void ask('openAcknowledge'),
          close: (forGood, later) => {
            ui.remove();
            if (forGood) void ask('dismissNotice');
            else if (later) void ask('snoozeNotice');
          },
        });
      },
    });
    ui.mount();
    // The employee usually registers in another tab; when they come back, the notice goes if it is done.
    const recheck = () => {
      if (document.visibilityState !== 'visible') return;
      void ask<NoticeView | null>('noticeForTab').then((now) => {
        if (!now) ui.remove();
      });
    };
    ctx.addEventListener(document, 'visibilitychange', recheck);
    ctx.addEventListener(window, 'focus', recheck);
  },
});

async function ask<T>(
  type: 'noticeForTab' | 'openAcknowledge' | 'dismissNotice' | 'snoozeNotice',
  extra: { load?: true } = {},
): Promise<T | null> {
  try {
    const reply: Reply<T> | undefined = await browser.runtime.sendMessage({ type, ...extra });
    return reply?.ok ? reply.value : null;
  } catch {
    return null; // the extension was reloaded or the worker is gone: show nothing
  }
}
