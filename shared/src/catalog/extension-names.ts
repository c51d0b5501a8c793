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

/** Non-ASCII characters that continue a token: Latin letters with diacritics, and combining marks. */
const LATIN_OR_MARK = /[\p{Script=Latin}\p{M}]/u;

/**
 * The Latin-letter and digit tokens of an NFKC-lower-cased store name, in order: "AI助手" → ["ai"],
 * "GPT-4o Summarizer" → ["gpt", "4o", "summarizer"], "ＣｈａｔＧＰＴ" → ["chatgpt"]. Every other character
 * (punctuation, spaces, other scripts, emoji) separates tokens, so a word only ever matches a whole token.
 */
export function nameTokens(name: string): string[] {
  // Trademark signs first: NFKC would turn "AI™" into "aitm".
  const text = name
    .replace(/[\u2122\u2120\u00ae\u00a9]/g, ' ')
    .normalize('NFKC')
    .toLowerCase();
  const tokens: string[] = [];
  let start = -1;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 32;
    const inToken =
      (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 0x80 && LATIN_OR_MARK.test(text[i]!));
    if (inToken) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      tokens.push(text.slice(start, i));
      start = -1;
    }
  }
  return tokens;
}

/**
 * Tokens and phrases that say an extension works against AI (blocks, hides or removes it): a name that
 * holds one is never matched by name words ("Block ChatGPT", "AI Blocker", "Hide AI Overviews").
 * Its id or exact store name can still match, if the catalog lists it.
 */
export const AGAINST_AI_WORDS: readonly string[] = [
  'anti',
  'block',
  'blocker',
  'blockers',
  'blocking',
  'blocks',
  'disable',
  'disabler',
  'disables',
  'disabling',
  'hide',
  'hider',
  'hides',
  'hiding',
  'mute',
  'muter',
  'remove',
  'remover',
  'removes',
  'removing',
  'removal',
  'slop', // "AI slop" replacers and filters (fourteenth session: "Ai Slop Replacer" in a list of real store names)
  'no ai',
  'turn off',
  'without ai',
];

/** Image and drawing formats that Adobe Illustrator's `.ai` files are converted to and from. */
const ILLUSTRATOR_PEERS = [
  'jpg',
  'jpeg',
  'png',
  'svg',
  'eps',
  'psd',
  'cdr',
  'dxf',
  'gif',
  'bmp',
  'tif',
  'tiff',
  'webp',
];

/**
 * Namesakes: phrases in which a name word does not mean AI, so a name that holds one is never matched by name words
 * (its id or exact store name can still match). Found by running the word match over some 100,000 real store names
 * (fourteenth session): file converters for Adobe Illustrator's `.ai` format ("JPG to AI Converter", "AI to SVG
 * Converter") and people named Claude ("Claude Monet HD Wallpapers New Tab Theme"). "PDF to AI" is left out: it also
 * names tools that send a PDF to a chatbot.
 */
export const NOT_AI_PHRASES: readonly string[] = [
  ...ILLUSTRATOR_PEERS.flatMap((format) => [`${format} to ai`, `ai to ${format}`]),
  'claude monet',
  'claude debussy',
  'jean claude',
];
