import { luhnValid } from './checksums';

/**
 * Payment card numbers: 13–19 digits, optionally grouped by spaces or dashes, whose issuer prefix
 * is a real card network and whose Luhn check digit is right. Requiring both keeps order numbers,
 * phone numbers and timestamps out (1 in 10 random digit strings passes Luhn alone).
 */
const CARD_CANDIDATE = /(?<![\d-])\d(?:[ -]?\d){12,18}(?![\d-])/g;

/** Visa, Mastercard, American Express, Discover, Diners, JCB, UnionPay, Maestro. */
const CARD_PREFIX =
  /^(?:4|5[1-5]|2(?:2[2-9]|[3-6]\d|7[01]|720)|3[47]|6(?:011|5|4[4-9]|22)|3(?:0[0-5]|[68])|35(?:2[89]|[3-8])|62|50|5[6-8]|6[37])/;

const CARD_LENGTH: Array<[RegExp, number[]]> = [
  [/^3[47]/, [15]],
  [/^4/, [13, 16, 19]],
  [/^(?:5[1-5]|2)/, [16]],
];

export function isCardNumber(digits: string): boolean {
  if (digits.length < 13 || digits.length > 19) return false;
  if (!CARD_PREFIX.test(digits) || /^(\d)\1+$/.test(digits)) return false;
  const rule = CARD_LENGTH.find(([re]) => re.test(digits));
  if (rule && !rule[1].includes(digits.length)) return false;
  return luhnValid(digits);
}

export function countCards(text: string): number {
  let found = 0;
  CARD_CANDIDATE.lastIndex = 0;
  for (let m = CARD_CANDIDATE.exec(text); m !== null; m = CARD_CANDIDATE.exec(text)) {
    const raw = m[0];
    // Groups must be consistent: "4111 1111 1111 1111" yes, "4111-1 111 11" (a list of numbers) no.
    if (/[ -]/.test(raw) && !/^\d{4}(?:([ -])\d{4,6})(?:\1\d{4,5}){0,3}$/.test(raw)) continue;
    if (isCardNumber(raw.replace(/[ -]/g, ''))) found++;
  }
  return found;
}

/** IBAN lengths per country (SWIFT IBAN registry), for the countries of SEPA. */
const IBAN_LENGTH: Record<string, number> = {
  AD: 24,
  AT: 20,
  BE: 16,
  BG: 22,
  CH: 21,
  CY: 28,
  CZ: 24,
  DE: 22,
  DK: 18,
  EE: 20,
  ES: 24,
  FI: 18,
  FR: 27,
  GB: 22,
  GI: 23,
  GR: 27,
  HR: 21,
  HU: 28,
  IE: 22,
  IS: 26,
  IT: 27,
  LI: 21,
  LT: 20,
  LU: 20,
  LV: 21,
  MC: 27,
  MT: 31,
  NL: 18,
  NO: 15,
  PL: 28,
  PT: 25,
  RO: 24,
  SE: 24,
  SI: 19,
  SK: 24,
  SM: 27,
  VA: 22,
};

/** Where an IBAN may start: a country code and two check digits at a word start. */
const IBAN_START = /\b[A-Z]{2}\d{2}/g;

const isUpperOrDigit = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90);

/** `rest` extended by one IBAN character: a digit as itself, a letter as its two-digit value (A = 10 … Z = 35). */
const mod97Step = (rest: number, c: number): number =>
  c <= 57 ? (rest * 10 + c - 48) % 97 : (rest * 100 + c - 55) % 97;

/** ISO 13616: the country's length, then mod 97 of the rearranged number equals 1. */
export function isIban(compact: string): boolean {
  const length = IBAN_LENGTH[compact.slice(0, 2)];
  if (length === undefined || compact.length !== length) return false;
  let rest = 0;
  for (let i = 4; i < length; i++) rest = mod97Step(rest, compact.charCodeAt(i));
  for (let i = 0; i < 4; i++) rest = mod97Step(rest, compact.charCodeAt(i));
  return rest === 1;
}

/**
 * From each possible start, exactly the country's length in letters and digits, single spaces
 * allowed between ("DE89 3704 0044 0532 0130 00"), and no letter or digit right after. Cheaper than
 * one pattern for the whole number, which backtracks over every grouping (measured with
 * `pnpm bench guard` on a CSV export). The check runs over the text in place: the mod 97 of the
 * characters after the first four is carried along, and the first four (no spaces among them: the
 * start pattern matched them) are added at the end, so no string is built per candidate.
 */
export function countIbans(text: string): number {
  let found = 0;
  IBAN_START.lastIndex = 0;
  for (let m = IBAN_START.exec(text); m !== null; m = IBAN_START.exec(text)) {
    const length = IBAN_LENGTH[m[0].slice(0, 2)];
    if (length === undefined) continue;
    let taken = 0;
    let rest = 0;
    let i = m.index;
    while (i < text.length && taken < length) {
      const c = text.charCodeAt(i);
      if (c === 32 && text.charCodeAt(i + 1) !== 32 && taken > 0) {
        i++;
        continue;
      }
      if (!isUpperOrDigit(c)) break;
      if (taken >= 4) rest = mod97Step(rest, c);
      taken++;
      i++;
    }
    const next = text.charCodeAt(i);
    if (taken !== length || isUpperOrDigit(next) || (next >= 97 && next <= 122)) continue;
    for (let k = m.index; k < m.index + 4; k++) rest = mod97Step(rest, text.charCodeAt(k));
    if (rest === 1) {
      found++;
      IBAN_START.lastIndex = i;
    }
  }
  return found;
}
