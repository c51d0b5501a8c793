/**
 * Where a held paste goes back in: the editable element the paste was aimed at and its selection
 * at that moment, so "Paste anyway" inserts exactly where the employee pasted.
 */
export interface PasteTarget {
  element: HTMLElement;
  restore: () => void;
}

export function editableTarget(node: EventTarget | null): PasteTarget | null {
  if (!(node instanceof HTMLElement)) return null;
  if (
    node instanceof HTMLTextAreaElement ||
    (node instanceof HTMLInputElement && /^(?:text|search|email|url|tel|password|)$/.test(node.type))
  ) {
    const input = node;
    const start = input.selectionStart ?? input.value.length;
    const end = input.selectionEnd ?? start;
    return { element: input, restore: () => input.setSelectionRange(start, end) };
  }
  const host = node.closest<HTMLElement>(
    '[contenteditable=""],[contenteditable="true"],[contenteditable="plaintext-only"]',
  );
  if (!host) return null;
  const selection = document.getSelection();
  const range = selection && selection.rangeCount > 0 ? selection.getRangeAt(0).cloneRange() : null;
  return {
    element: host,
    restore: () => {
      if (!range) return;
      const s = document.getSelection();
      s?.removeAllRanges();
      s?.addRange(range);
    },
  };
}

/**
 * Puts the text in as if typed: `insertText` goes through the browser's editing, so the page's
 * editor (React, ProseMirror ...) sees its usual input events and undo works. Where a page refuses
 * it, a text field gets the text directly plus an `input` event.
 */
export function insertText(target: PasteTarget, text: string): void {
  target.element.focus();
  target.restore();
  if (document.execCommand('insertText', false, text)) return;
  const el = target.element;
  if (el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement) {
    el.setRangeText(text, el.selectionStart ?? el.value.length, el.selectionEnd ?? el.value.length, 'end');
    el.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste', data: text }));
  }
}
