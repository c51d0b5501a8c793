import type { ServerResponse } from 'node:http';
import { sendPage } from '../oidc/pages';

/**
 * GET /auth/link: where a personal enrolment link lands. The secret is in the fragment, which the
 * browser never sends here; the Lantern extension reads it from the tab, redeems it, and sets the
 * fragment to `#result=…`, which link.js turns into a sentence.
 */
export function linkPage(res: ServerResponse): void {
  sendPage(
    res,
    200,
    'Set up Lantern in this browser',
    '<p id="link-status" role="status">Lantern is setting up this browser for you…</p>' +
      '<p class="muted" id="link-help">If nothing changes within a few seconds, the Lantern extension is not installed ' +
      'in this browser, or not set up for this organisation. Open the link in your work browser, or ask IT.</p>' +
      '<script src="/auth/link.js"></script>',
    { 'Referrer-Policy': 'no-referrer' },
  );
}

const MESSAGES: Record<string, string> = {
  enrolled: 'Done: this browser is set up with your personal link. You can close this tab.',
  used: 'This link was already used to set up a browser, so it cannot be used again. If that was not you, tell your administrator; they can send you a new link.',
  expired: 'This link has expired. Ask your administrator for a new one.',
  revoked: 'This link was replaced by a newer one or withdrawn. Use the newest link you received.',
  unknown: 'This link is not known to the Lantern server. Check that you opened the whole link.',
  enrolled_already: 'This browser is already set up for Lantern; the link was not used.',
  failed: 'Lantern could not reach its server to use this link. Try again in a minute.',
};

export const LINK_JS =
  `const M=${JSON.stringify(MESSAGES)};` +
  'function show(){const m=/^#result=([a-z_]+)$/.exec(location.hash);' +
  "if(!m||!M[m[1]])return;document.getElementById('link-status').textContent=M[m[1]];" +
  "document.getElementById('link-status').dataset.result=m[1];document.getElementById('link-help').hidden=true;}" +
  "show();addEventListener('hashchange',show);";
