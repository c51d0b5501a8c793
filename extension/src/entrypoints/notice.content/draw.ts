import type { NoticeView } from '../../enforce/messages';
import { STATUS_LABELS } from '../../components/status';
import { APPROVAL_MESSAGES } from '../../ui/approval-messages';

/**
 * Only the employee's own input counts: a page can call `click()` or dispatch events at anything it
 * can reach, and those events carry `isTrusted: false`. (With the closed shadow root it cannot reach
 * the buttons at all; this is the second wall.)
 */
function onTrusted<E extends Event>(handler: (event: E) => void): (event: E) => void {
  return (event) => {
    if (event.isTrusted) handler(event);
  };
}

interface Actions {
  open: () => void;
  close: (forGood: boolean) => void;
}

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = text; // text only: nothing is ever parsed as HTML
  return node;
}

/** What the employee still has to do, in one short sentence. */
export function noticeMessage(view: NoticeView): string {
  if (view.policyChanged && !view.owes.register)
    return 'The AI use policy has changed. Please read and accept the new version.';
  if (view.owes.acceptConditions && !view.owes.register)
    return 'The conditions for this tool changed. Please read and accept them.';
  if (view.status === 'review') return 'Register your use so IT can review this tool.';
  if (view.owes.register) return 'Register your use and accept the AI use policy. It takes a minute.';
  return 'Please accept the AI use policy.';
}

/** "Use the company workspace": the vendor refuses personal accounts here, so say why before it does. */
function workspaceLine(toolName: string, link: string | null): HTMLElement {
  const line = el(
    'p',
    'workspace',
    `Use the company workspace: ${toolName} refuses personal accounts on this browser.`,
  );
  // Only an https link the server checked; opened in a new tab, and the page cannot reach it (closed root).
  if (link && /^https:\/\//.test(link)) {
    const a = el('a', '', 'Open the company workspace');
    a.href = link;
    a.target = '_blank';
    a.rel = 'noopener noreferrer';
    line.append(' ', a);
  }
  return line;
}

export function drawNotice(container: HTMLElement, view: NoticeView, actions: Actions): void {
  const box = el('aside', 'notice');
  box.setAttribute('role', 'region');
  box.setAttribute('aria-label', 'Lantern: AI use notice');

  const head = el('p', 'head');
  head.append(
    el('strong', '', view.toolName),
    ' · ',
    view.approvedForYou
      ? el('span', 'status status-approved', APPROVAL_MESSAGES.approvedForYou)
      : el('span', `status status-${view.status}`, STATUS_LABELS[view.status]),
  );
  box.append(head);
  if (view.conditions) box.append(el('p', 'conditions', `Conditions: ${view.conditions}`));
  if (view.companyWorkspace) box.append(workspaceLine(view.toolName, view.companyWorkspace.link));
  box.append(el('p', '', noticeMessage(view)));

  const row = el('div', 'row');
  const open = el('button', 'primary', view.owes.register ? 'Register and accept' : 'Review and accept');
  open.type = 'button';
  open.addEventListener(
    'click',
    onTrusted(() => actions.open()),
  );
  const later = el('button', '', view.dismissible ? "Don't show again" : 'Later');
  later.type = 'button';
  later.addEventListener(
    'click',
    onTrusted(() => actions.close(view.dismissible)),
  );
  row.append(open, later);
  box.append(row);
  box.addEventListener(
    'keydown',
    onTrusted((event: KeyboardEvent) => {
      if (event.key === 'Escape') actions.close(false);
    }),
  );
  container.append(box);
}
