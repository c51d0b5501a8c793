/** Opens one of the extension's pages in a new tab, for a tool if given. */
export const openPage = (path: '/acknowledge.html' | '/my-ai-use.html' | '/welcome.html', toolId?: string) =>
  void browser.tabs.create({ url: `${browser.runtime.getURL(path)}${toolId ? `?tool=${toolId}` : ''}` });
