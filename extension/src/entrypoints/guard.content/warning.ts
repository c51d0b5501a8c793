import type { GuardDataClass, GuardKind } from '@lantern/shared/guard';
import { CLASS_NAMES, KIND_NAMES, listWords } from './words';

export interface WarningView {
  toolName: string;
  kinds: GuardKind[];
  classes: GuardDataClass[];
  allowed: GuardDataClass[];
  /** `justify`: a reason must be typed before "Paste anyway" (it stays on this page). */
  justify: boolean;
  /** File drops and selections reach the page before anyone can stop them: inform only. */
  alreadyAdded: boolean;
}

export type WarningChoice = 'cancel' | 'paste';

function el<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, cls?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (cls) node.className = cls;
  return node;
}

/** The sentences the warning shows: classes and detector names only, never what was pasted. */
export function warningText(v: WarningView): { head: string; policy: string; note: string } {
  const classes = listWords(v.classes.map((c) => CLASS_NAMES[c]));
  const allowed = v.allowed.length === 0 ? 'no data classes' : listWords(v.allowed.map((c) => CLASS_NAMES[c]));
  return {
    head: v.alreadyAdded
      ? `The file you added to ${v.toolName} looks like it holds ${classes}.`
      : `This looks like ${classes}: ${listWords(v.kinds.map((k) => KIND_NAMES[k]))}.`,
    policy: `Your organisation allows ${allowed} in ${v.toolName}.`,
    note: 'Lantern checked this on your device. Nothing of it was sent anywhere; only that a warning was shown is counted.',
  };
}

/**
 * Draws the warning into `root` (a closed shadow root) and resolves with the employee's choice.
 * Only trusted events count: a page script can dispatch clicks and keys, but never trusted ones.
 */
export function drawWarning(root: ShadowRoot, v: WarningView): Promise<WarningChoice> {
  const text = warningText(v);
  const box = el('div', undefined, 'guard');
  box.setAttribute('role', 'alertdialog');
  box.setAttribute('aria-label', 'Lantern data guard');
  box.append(el('p', text.head, 'head'), el('p', text.policy), el('p', text.note, 'note'));
  const row = el('div', undefined, 'row');
  const cancel = el('button', v.alreadyAdded ? 'OK' : 'Cancel');
  cancel.type = 'button';
  row.append(cancel);
  let paste: HTMLButtonElement | null = null;
  if (!v.alreadyAdded) {
    paste = el('button', 'Paste anyway', 'primary');
    paste.type = 'button';
    if (v.justify) {
      const label = el('label', 'Why do you need to paste it? (stays on this page, never sent)');
      const reason = el('textarea');
      reason.id = 'reason';
      label.htmlFor = 'reason';
      paste.disabled = true;
      reason.addEventListener('input', () => {
        if (paste) paste.disabled = reason.value.trim().length < 3;
      });
      box.append(label, reason);
    }
    row.append(paste);
  }
  box.append(row);
  root.append(box);
  return new Promise((resolve) => {
    const done = (choice: WarningChoice) => {
      box.remove();
      resolve(choice);
    };
    cancel.addEventListener('click', (e) => e.isTrusted && done('cancel'));
    paste?.addEventListener('click', (e) => e.isTrusted && !paste.disabled && done('paste'));
    box.addEventListener('keydown', (e) => {
      if (e.isTrusted && e.key === 'Escape') done('cancel');
    });
    cancel.focus();
  });
}
