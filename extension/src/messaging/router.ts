import type { Browser } from 'wxt/browser';
import { isTopLevelExtensionPage } from '../enforce/sender';
import { MESSAGES, type Answers, type MessageOf, type MessageType, type Reply } from './protocol';

type Handler<K extends MessageType> = (
  message: MessageOf<K>,
  sender: Browser.runtime.MessageSender,
) => Promise<Answers[K]>;
const handlers: { [K in MessageType]?: Handler<K> } = {};

/** Registers the background's handler for one message type (one handler per type). */
export function handle<K extends MessageType>(type: K, handler: Handler<K>): void {
  if (handlers[type]) throw new Error(`a handler for ${type} is already registered`);
  (handlers as Record<K, Handler<K>>)[type] = handler;
}

/**
 * Validates and dispatches one message; exported for tests. Refuses other extensions, unknown types,
 * bad shapes and page-only messages from content scripts.
 */
export async function dispatch(raw: unknown, sender: Browser.runtime.MessageSender): Promise<Reply<unknown>> {
  if (sender.id !== browser.runtime.id) return { ok: false, error: 'unknown sender' };
  const type = (raw as { type?: unknown } | null)?.type;
  if (typeof type !== 'string' || !(type in MESSAGES)) return { ok: false, error: 'unknown message' };
  const spec = MESSAGES[type as MessageType];
  // Our own page framed by a website (blocked.html is web-accessible) could be click-jacked, so page
  // messages must come from a top-level extension page or the popup, as binding acts already do.
  if (spec.from === 'page' && !isTopLevelExtensionPage(sender)) {
    const ours = typeof sender.url === 'string' && sender.url.startsWith(browser.runtime.getURL('/'));
    return { ok: false, error: ours ? 'not allowed from a framed page' : 'not allowed from a web page' };
  }
  const parsed = spec.schema.safeParse(raw);
  if (!parsed.success)
    return { ok: false, error: `invalid ${type}: ${parsed.error.issues[0]?.message ?? 'bad input'}` };
  const handler = handlers[type as MessageType] as Handler<MessageType> | undefined;
  if (!handler) return { ok: false, error: `no handler for ${type}` };
  try {
    return { ok: true, value: await handler(parsed.data, sender) };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

/** Listens for messages; call synchronously while the worker starts. */
export function startMessageRouter(): void {
  browser.runtime.onMessage.addListener((raw, sender, sendResponse) => {
    void dispatch(raw, sender).then(sendResponse);
    return true; // the answer comes asynchronously
  });
}
