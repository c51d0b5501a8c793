import type { NoticeView } from '../../enforce/messages';
import { tn as t } from '../../i18n/notice';

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
  /** `forGood`: "Don't show again" (inform only); `later`: snooze the tool for a day. */
  close: (forGood: boolean, later: boolean) => void;
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
  if (view.policyChanged && !view.owes.register) return t('notice.policyChanged');
  if (view.owes.acceptConditions && !view.owes.register) return t('notice.conditionsChanged');
  if (view.status === 'review') return t('notice.review');
  if (view.owes.register) return t('notice.register');
  return t('notice.accept');
}

/** "Use the company workspace": the vendor refuses personal accounts here, so say why before it does. */
function workspaceLine(toolName: string, link: string | null): HTMLElement {
  const line = el('p', 'workspace', t('notice.workspace', { tool: toolName }));
  // Only an https link the server checked; opened in a new tab, and the page cannot reach it (closed root).
  if (link && /^https:\/\//.test(link)) {
    const a = el('a', '', t('tool.workspaceLink'));
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
  box.setAttribute('aria-label', t('notice.region'));

  const head = el('p', 'head');
  head.append(
    el('strong', '', view.toolName),
    ' · ',
    view.approvedForYou
      ? el('span', 'status status-approved', t('status.approvedForYou'))
      : el('span', `status status-${view.status}`, t(`status.${view.status}`)),
  );
  box.append(head);
  if (view.conditions)
    box.append(el('p', 'conditions', t('notice.conditions', { conditions: view.conditions })));
  if (view.companyWorkspace) box.append(workspaceLine(view.toolName, view.companyWorkspace.link));
  box.append(el('p', '', noticeMessage(view)));

  const row = el('div', 'row');
  const open = el(
    'button',
    'primary',
    view.owes.register ? t('notice.registerButton') : t('notice.reviewButton'),
  );
  open.type = 'button';
  open.addEventListener(
    'click',
    onTrusted(() => actions.open()),
  );
  const later = el('button', '', view.dismissible ? t('notice.dismiss') : t('notice.later'));
  later.type = 'button';
  if (!view.dismissible) later.title = t('notice.laterTitle');
  later.addEventListener(
    'click',
    onTrusted(() => actions.close(view.dismissible, !view.dismissible)),
  );
  row.append(open, later);
  box.append(row);
  box.addEventListener(
    'keydown',
    onTrusted((event: KeyboardEvent) => {
      if (event.key === 'Escape') actions.close(false, false);
    }),
  );
  container.append(box);
}
