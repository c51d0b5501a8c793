import {
  CHUNK_CHARS,
  classifyChunked,
  classifyText,
  disallowedClasses,
  type GuardDataClass,
  type GuardFindings,
  type GuardKind,
} from '@lantern/shared/guard';
import type { GuardView } from '../../guard/messages';
import { readableText } from './files';
import { editableTarget, insertText, type PasteTarget } from './insert';
import { GUARD_CSS } from './style';
import { drawWarning, type OpenWarning, type WarningChoice } from './warning';

export interface GuardDeps {
  /** The decision for this tab, or null when the guard is not on here. */
  view: Promise<GuardView | null>;
  /** Tells the background what happened: classes and a flag, never the content. */
  report: (dataClasses: GuardDataClass[], pastedAnyway: boolean) => void;
}

/** Yields to the page between chunks, so a 1 MB paste never holds it for more than a chunk. */
const nextTurn = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Keys and edits inside the warning are the warning's business: the page does not see them. */
const ISOLATED = ['keydown', 'keyup', 'keypress', 'beforeinput', 'input'] as const;

/**
 * The guard on one page. Listens in the capture phase on the window (registered at document_start,
 * so before the page's own listeners) for paste, drop and file selection — never for typing — and
 * acts only on trusted events: a page script can fire synthetic pastes but never trusted ones.
 */
export class PageGuard {
  private view: GuardView | null = null;
  private host: HTMLElement | null = null;
  private root: ShadowRoot | null = null;
  private open: OpenWarning | null = null;

  constructor(private readonly deps: GuardDeps) {}

  start(win: Window): void {
    void this.deps.view.then((v) => (this.view = v)).catch(() => undefined);
    win.addEventListener('paste', (e) => this.onPaste(e), true);
    win.addEventListener('drop', (e) => this.onDrop(e), true);
    win.addEventListener('change', (e) => this.onChange(e), true);
    for (const type of ISOLATED) win.addEventListener(type, (e) => this.isolate(e), true);
  }

  private verdict(found: GuardFindings): { kinds: GuardKind[]; classes: GuardDataClass[] } | null {
    if (!this.view) return null;
    const classes = disallowedClasses(found, this.view.allowedDataClasses);
    return classes.length === 0 ? null : { kinds: Object.keys(found) as GuardKind[], classes };
  }

  private onPaste(e: ClipboardEvent): void {
    if (!e.isTrusted || !this.view || this.open !== null) return;
    const target = editableTarget(e.target);
    const text = e.clipboardData?.getData('text/plain') ?? '';
    if (!target || text === '') return;
    if (text.length <= CHUNK_CHARS) {
      const v = this.verdict(classifyText(text));
      if (!v) return;
      this.hold(e);
      void this.decide(v, target, text);
      return;
    }
    // Too long to classify within one frame: hold it, classify in chunks, then put it in or warn.
    this.hold(e);
    void classifyChunked(text, nextTurn).then((found) => {
      const v = this.verdict(found);
      if (v) return this.decide(v, target, text);
      insertText(target, text);
    });
  }

  private onDrop(e: DragEvent): void {
    if (!e.isTrusted || !this.view || this.open !== null || !e.dataTransfer) return;
    if (e.dataTransfer.files.length > 0) {
      void this.checkFiles(e.dataTransfer.files);
      return;
    }
    const text = e.dataTransfer.getData('text/plain');
    const target = editableTarget(e.target);
    if (!target || text === '' || text.length > CHUNK_CHARS) return;
    const v = this.verdict(classifyText(text));
    if (!v) return;
    this.hold(e);
    void this.decide(v, target, text);
  }

  private onChange(e: Event): void {
    const input = e.target;
    if (!e.isTrusted || !this.view || !(input instanceof HTMLInputElement) || input.type !== 'file') return;
    void this.checkFiles(input.files);
  }

  /** Files reach the page before any script can stop them: check them afterwards and say so. */
  private async checkFiles(files: FileList | null): Promise<void> {
    const text = await readableText(files);
    if (text === '' || this.open !== null) return;
    const v = this.verdict(await classifyChunked(text, nextTurn));
    if (!v) return;
    await this.ask({ ...v, alreadyAdded: true });
    this.deps.report(v.classes, false);
  }

  private hold(e: Event): void {
    e.preventDefault();
    e.stopImmediatePropagation();
  }

  private async decide(
    v: { kinds: GuardKind[]; classes: GuardDataClass[] },
    target: PasteTarget,
    text: string,
  ) {
    const choice = await this.ask({ ...v, alreadyAdded: false });
    this.deps.report(v.classes, choice === 'paste');
    if (choice === 'paste') insertText(target, text);
    else target.element.focus();
  }

  private async ask(v: {
    kinds: GuardKind[];
    classes: GuardDataClass[];
    alreadyAdded: boolean;
  }): Promise<WarningChoice> {
    const view = this.view!;
    this.open = drawWarning(this.shadow(), {
      ...v,
      toolName: view.toolName,
      allowed: view.allowedDataClasses,
      justify: view.enforcement === 'justify',
    });
    try {
      return await this.open.choice;
    } finally {
      this.open = null;
    }
  }

  /** One closed shadow root per page: the page's scripts cannot reach into it, nor its CSS. */
  private shadow(): ShadowRoot {
    if (this.root && this.host?.isConnected) return this.root;
    this.host = document.createElement('lantern-guard');
    this.root = this.host.attachShadow({ mode: 'closed' });
    const style = document.createElement('style');
    style.textContent = GUARD_CSS;
    this.root.append(style);
    document.documentElement.append(this.host);
    return this.root;
  }

  /**
   * Keys and edits inside the warning never reach the page's listeners (this one runs first: it was
   * added at document_start). Their default actions — typing, Tab, Enter on a button — still happen.
   */
  private isolate(e: Event): void {
    if (!this.host || !e.composedPath().includes(this.host)) return;
    e.stopImmediatePropagation();
    if (e.isTrusted && e instanceof KeyboardEvent && e.type === 'keydown' && e.key === 'Escape')
      this.open?.cancel();
  }
}
