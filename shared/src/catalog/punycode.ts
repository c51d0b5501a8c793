// Unicode hostname labels to their ASCII (`xn--`) form through the platform's own IDNA: the WHATWG URL
// parser, which every runtime Lantern runs in has (the extension's service worker and pages, Node).
// It replaced a hand-written RFC 3492 encoder: the URL parser is what browsers use to resolve the
// host, so the classifier now looks up exactly the name the browser will visit. Only the rare slow
// path of hostname.ts comes here (an ASCII label never does), so its cost does not matter.

/** A label's characters after the URL parser: ASCII letters, digits and hyphens only. */
const ASCII_LABEL = /^[a-z0-9-]+$/;

/** A hostname label in ASCII form: unchanged when already ASCII, else its `xn--` form; null when invalid. */
export function labelToAscii(label: string): string | null {
  if (!/[\u0080-\uffff]/.test(label)) return label;
  // The parser drops invisible characters (c\u200blaude → claude); no browser hands over such a
  // host, so one that has them is refused rather than read as the tool it imitates.
  if (/\p{Default_Ignorable_Code_Point}/u.test(label)) return null;
  let host: string;
  try {
    // A non-numeric last label keeps a label of (full-width) digits from being read as an IPv4 address.
    host = new URL(`http://${label}.invalid/`).hostname;
  } catch {
    return null;
  }
  const ascii = host.slice(0, -'.invalid'.length);
  return host.endsWith('.invalid') && ASCII_LABEL.test(ascii) ? ascii : null;
}
