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

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  text?: string,
  cls?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (cls) node.className = cls;
  return node;
}

/** The sentences the warning shows: classes and detector names only, never what was pasted. */
export function warningText(v: WarningView): { head: string; policy: string; note: string } {
  const classes = listWords(v.classes.map((c) => CLASS_NAMES[c]));
  const allowed =
    v.allowed.length === 0 ? 'no data classes' : listWords(v.allowed.map((c) => CLASS_NAMES[c]));
  return {
    head: v.alreadyAdded
      ? `The file you added to ${v.toolName} looks like it holds ${classes}.`
      : `This looks like ${classes}: ${listWords(v.kinds.map((k) => KIND_NAMES[k]))}.`,
    policy: `Your organisation allows ${allowed} in ${v.toolName}.`,
    note: 'Lantern checked this on your device. Nothing of it was sent anywhere; only that a warning was shown is counted.',
  };
}

export interface OpenWarning {
  choice: Promise<WarningChoice>;
  /** Escape: the controller hears keys first (it keeps them from the page) and passes it on. */
  cancel: () => void;
}

/**
 * Draws the warning into `root` (a closed shadow root) and resolves with the employee's choice.
 * Only trusted clicks count: a page script can dispatch clicks, but never trusted ones. In justify
 * mode a reason is required; it is checked on the click (the page never sees the keys typed into
 * it, see controller.ts) and is not kept or sent.
 */
export function drawWarning(root: ShadowRoot, v: WarningView): OpenWarning {
  const text = warningText(v);
  const box = el('div', undefined, 'guard');
  box.setAttribute('role', 'alertdialog');
  box.setAttribute('aria-label', 'Lantern data guard');
  box.append(el('p', text.head, 'head'), el('p', text.policy), el('p', text.note, 'note'));
  let reason: HTMLTextAreaElement | null = null;
  let hint: HTMLParagraphElement | null = null;
  if (v.justify && !v.alreadyAdded) {
    const label = el('label', 'Why do you need to paste it? (stays on this page, never sent)');
    reason = el('textarea');
    reason.id = 'reason';
    label.htmlFor = 'reason';
    hint = el('p', '', 'note');
    box.append(label, reason, hint);
  }
  const row = el('div', undefined, 'row');
  const cancel = el('button', v.alreadyAdded ? 'OK' : 'Cancel');
  cancel.type = 'button';
  row.append(cancel);
  const paste = v.alreadyAdded ? null : el('button', 'Paste anyway', 'primary');
  if (paste) {
    paste.type = 'button';
    row.append(paste);
  }
  box.append(row);
  root.append(box);
  let resolveChoice: (c: WarningChoice) => void = () => undefined;
  const choice = new Promise<WarningChoice>((resolve) => (resolveChoice = resolve));
  const done = (c: WarningChoice) => {
    if (!box.isConnected) return;
    box.remove();
    resolveChoice(c);
  };
  cancel.addEventListener('click', (e) => e.isTrusted && done('cancel'));
  paste?.addEventListener('click', (e) => {
    if (!e.isTrusted) return;
    if (reason && hint && reason.value.trim().length < 3) {
      hint.textContent = 'Please give a short reason first.';
      reason.focus();
      return;
    }
    done('paste');
  });
  cancel.focus();
  return { choice, cancel: () => done('cancel') };
}
