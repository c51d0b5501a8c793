/**
 * Email addresses and phone numbers matter in bulk: one address in a prompt is usually the
 * employee's own or a colleague's, a list of them is a contact export. Distinct values are counted,
 * and only `BULK` or more make a finding.
 */
export const BULK = 5;

const EMAIL = /\b[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,24}\b/g;

/** International (+CC ...) or national (0 ...) numbers with 8–15 digits in common groupings. */
const PHONE = /(?<![\w+])(?:\+\d{1,3}|00\d{1,3}|0)[ ./-]?(?:\(0?\d{1,4}\)[ ./-]?)?\d{1,4}(?:[ ./-]?\d{2,4}){1,4}(?!\w)/g;

function distinct(text: string, re: RegExp, normalise: (s: string) => string | null): number {
  const seen = new Set<string>();
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const value = normalise(m[0]);
    if (value !== null) seen.add(value);
  }
  return seen.size;
}

export function countEmails(text: string): number {
  return distinct(text, EMAIL, (s) => s.toLowerCase());
}

export function countPhones(text: string): number {
  return distinct(text, PHONE, (s) => {
    const digits = s.replace(/\D/g, '');
    return digits.length >= 8 && digits.length <= 15 ? digits : null;
  });
}
