/**
 * Email addresses and phone numbers matter in bulk: one address in a prompt is usually the
 * employee's own or a colleague's, a list of them is a contact export. Distinct values are counted,
 * and only `BULK` or more make a finding.
 */
export const BULK = 5;

/** International (+CC ...) or national (0 ...) numbers with 8–15 digits in common groupings. */
const PHONE =
  /(?<![\w+])(?:\+\d{1,3}|00\d{1,3}|0)[ ./-]?(?:\(0?\d{1,4}\)[ ./-]?)?\d{1,4}(?:[ ./-]?\d{2,4}){1,4}(?!\w)/g;

function distinct(text: string, re: RegExp, normalise: (s: string) => string | null): number {
  const seen = new Set<string>();
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const value = normalise(m[0]);
    if (value !== null) seen.add(value);
  }
  return seen.size;
}

const isLocal = (c: number) =>
  (c >= 48 && c <= 57) ||
  (c >= 65 && c <= 90) ||
  (c >= 97 && c <= 122) ||
  c === 46 ||
  c === 95 ||
  c === 37 ||
  c === 43 ||
  c === 45;
const isDomain = (c: number) =>
  (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 46 || c === 45;
const DOMAIN = /^[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,24}$/;

/**
 * Distinct addresses, found from each `@` outwards. A pattern run from every word start cost ten
 * times more on a contact export (measured with `pnpm bench guard`).
 */
export function countEmails(text: string): number {
  const seen = new Set<string>();
  for (let at = text.indexOf('@'); at !== -1; at = text.indexOf('@', at + 1)) {
    let start = at;
    while (start > 0 && at - start < 64 && isLocal(text.charCodeAt(start - 1))) start--;
    let end = at + 1;
    while (end < text.length && end - at < 254 && isDomain(text.charCodeAt(end))) end++;
    const domain = text.slice(at + 1, end).replace(/[.-]+$/, '');
    if (start < at && DOMAIN.test(domain)) seen.add(`${text.slice(start, at)}@${domain}`.toLowerCase());
  }
  return seen.size;
}

export function countPhones(text: string): number {
  return distinct(text, PHONE, (s) => {
    const digits = s.replace(/\D/g, '');
    return digits.length >= 8 && digits.length <= 15 ? digits : null;
  });
}
