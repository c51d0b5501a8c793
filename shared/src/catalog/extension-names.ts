// How installed extensions are matched by name when their id is not in the catalog (an Edge or Firefox
// build of a Chrome extension has another id but the same store name).

/** Lower-cased, single-spaced, without trademark signs: how store names are compared. */
export function extensionNameKey(name: string): string {
  return name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u2122\u00ae\u00a9]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** "Grammarly: AI Writing Assistant" → "grammarly" — store names append a tagline after a separator. */
export function nameHead(key: string): string {
  const cut = key.search(/: | [-–—|·] /);
  return cut > 0 ? key.slice(0, cut).trim() : key;
}
