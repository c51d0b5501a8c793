import type { Browser } from 'wxt/browser';

/**
 * Binding acts come only from the extension's own pages, shown as the top frame of their tab (or
 * the popup, which has no tab). blocked.html must be web-accessible for the redirect, so a website
 * could frame it and trick clicks; a framed page has frameId ≠ 0 and is refused here.
 */
export function isTopLevelExtensionPage(sender: Browser.runtime.MessageSender): boolean {
  const origin = browser.runtime.getURL('/');
  if (sender.id !== browser.runtime.id || typeof sender.url !== 'string' || !sender.url.startsWith(origin))
    return false;
  if (sender.tab === undefined) return true;
  return sender.frameId === 0 && (sender.tab.url === undefined || sender.tab.url.startsWith(origin));
}

/**
 * A content script's tab and top-frame page URL. The notice runs only in top frames of http(s)
 * pages; anything else (an iframe, an extension page pretending) gets nothing.
 */
export function contentScriptPage(
  sender: Browser.runtime.MessageSender,
): { tabId: number; url: string } | null {
  if (sender.id !== browser.runtime.id || sender.frameId !== 0 || sender.tab?.id === undefined) return null;
  const url = sender.url;
  if (typeof url !== 'string' || !/^https?:\/\//i.test(url)) return null;
  return { tabId: sender.tab.id, url };
}
