import type { CDPSession, Page } from 'playwright-core';

/**
 * The in-page notice lives in a closed shadow root, so neither the page nor Playwright's locators can
 * see into it (that is the point). Tests read it the way the browser's own DevTools do: the Chrome
 * DevTools Protocol walks closed shadow roots (`pierce: true`), and clicks land as real mouse input
 * at the button's position — the same trusted events an employee's click makes.
 */
interface DomNode {
  nodeId: number;
  backendNodeId: number;
  nodeType: number;
  nodeName: string;
  nodeValue: string;
  children?: DomNode[];
  shadowRoots?: DomNode[];
}

export interface NoticeButton {
  text: string;
  backendNodeId: number;
}

export interface NoticeSnapshot {
  /** Every text node inside the notice, joined. */
  text: string;
  buttons: NoticeButton[];
}

const sessions = new WeakMap<Page, Promise<CDPSession>>();
function cdp(page: Page): Promise<CDPSession> {
  let session = sessions.get(page);
  if (!session) {
    session = page.context().newCDPSession(page);
    sessions.set(page, session);
  }
  return session;
}

function find(node: DomNode, test: (n: DomNode) => boolean): DomNode | undefined {
  if (test(node)) return node;
  for (const child of [...(node.shadowRoots ?? []), ...(node.children ?? [])]) {
    const hit = find(child, test);
    if (hit) return hit;
  }
  return undefined;
}

function texts(node: DomNode, out: string[] = []): string[] {
  if (node.nodeType === 3) out.push(node.nodeValue);
  else if (node.nodeName !== 'STYLE')
    for (const child of [...(node.shadowRoots ?? []), ...(node.children ?? [])]) texts(child, out);
  return out;
}

function buttons(node: DomNode, out: NoticeButton[] = []): NoticeButton[] {
  if (node.nodeName === 'BUTTON') out.push({ text: texts(node).join(''), backendNodeId: node.backendNodeId });
  for (const child of [...(node.shadowRoots ?? []), ...(node.children ?? [])]) buttons(child, out);
  return out;
}

/** The notice's text and buttons now, or null when the page shows no notice. */
export async function readNotice(page: Page): Promise<NoticeSnapshot | null> {
  const session = await cdp(page);
  const { root } = (await session.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
  const host = find(root, (n) => n.nodeName === 'LANTERN-NOTICE');
  if (!host) return null;
  return { text: texts(host).join(''), buttons: buttons(host) };
}

/** The notice's text, or '' when there is none (for polling). */
export async function noticeText(page: Page): Promise<string> {
  return (await readNotice(page))?.text ?? '';
}

/** Clicks a notice button with the real mouse (a trusted event), as an employee does. */
export async function clickNotice(page: Page, name: string): Promise<void> {
  const snapshot = await readNotice(page);
  const button = snapshot?.buttons.find((b) => b.text === name);
  if (!button) throw new Error(`no notice button "${name}" (notice: ${JSON.stringify(snapshot)})`);
  const session = await cdp(page);
  const { model } = (await session.send('DOM.getBoxModel', { backendNodeId: button.backendNodeId })) as {
    model: { content: number[] };
  };
  const [x1, y1, , , x3, y3] = model.content as [number, number, number, number, number, number];
  await page.mouse.click((x1 + x3) / 2, (y1 + y3) / 2);
}
