import { iso7064Mod11x10Valid, luhnValid, mod97, weightedSum } from './checksums';

/**
 * National identification numbers of the larger EU countries, each with its check digit. Formats
 * with letters or a fixed structure (Spain, Italy, France, Sweden) are recognised anywhere. Formats
 * that are plain digit strings (Germany, Netherlands, Poland, Belgium) pass their check for about
 * one random number in ten, so they count only next to a word that names them ("BSN", "PESEL" ...).
 */
interface IdRule {
  name: string;
  pattern: RegExp;
  valid: (match: string) => boolean;
  /** Words one of which must appear shortly before the number. */
  context?: RegExp;
}

const DNI_LETTERS = 'TRWAGMYFPDXBNJZSQVHLCKE';

function spanishId(m: string): boolean {
  const s = m.toUpperCase().replace(/-/g, '');
  const digits = s.replace(/^[XYZ]/, (c) => String('XYZ'.indexOf(c))).slice(0, 8);
  return DNI_LETTERS[Number(digits) % 23] === s[s.length - 1];
}

const CF_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23];

function italianFiscalCode(m: string): boolean {
  const s = m.toUpperCase();
  let sum = 0;
  for (let i = 0; i < 15; i++) {
    const c = s.charCodeAt(i);
    const v = c >= 65 ? c - 65 : c - 48;
    sum += i % 2 === 0 ? CF_ODD[v]! : v;
  }
  return String.fromCharCode(65 + (sum % 26)) === s[15];
}

function frenchNir(m: string): boolean {
  const s = m.replace(/\s/g, '');
  const body = s.slice(0, 13).replace('2A', '19').replace('2B', '18');
  return 97 - mod97(body) === Number(s.slice(13));
}

function swedishPersonnummer(m: string): boolean {
  const digits = m.replace(/[-+]/g, '');
  const month = Number(digits.slice(2, 4));
  const day = Number(digits.slice(4, 6));
  return (
    month >= 1 && month <= 12 && ((day >= 1 && day <= 31) || (day >= 61 && day <= 91)) && luhnValid(digits)
  );
}

const RULES: readonly IdRule[] = [
  { name: 'ES DNI/NIE', pattern: /\b[XYZ]?\d{7,8}-?[A-HJ-NP-TV-Z]\b/g, valid: spanishId },
  {
    name: 'IT codice fiscale',
    pattern: /\b[A-Z]{6}\d{2}[A-EHLMPRST]\d{2}[A-Z]\d{3}[A-Z]\b/g,
    valid: italianFiscalCode,
  },
  {
    name: 'FR NIR',
    pattern: /\b[12] ?\d{2} ?(?:0[1-9]|1[0-2]) ?(?:\d{2}|2A|2B) ?\d{3} ?\d{3} ?\d{2}\b/g,
    valid: frenchNir,
  },
  { name: 'SE personnummer', pattern: /\b\d{6}[-+]\d{4}\b/g, valid: swedishPersonnummer },
  {
    name: 'DE Steuer-ID',
    pattern: /\b\d{11}\b/g,
    valid: (m) => m[0] !== '0' && iso7064Mod11x10Valid(m),
    context: /steuer|\bidnr|identifikationsnummer|tax ?id/i,
  },
  {
    name: 'NL BSN',
    pattern: /\b\d{9}\b/g,
    valid: (m) => (weightedSum(m, [9, 8, 7, 6, 5, 4, 3, 2]) - Number(m[8])) % 11 === 0,
    context: /\bbsn\b|burgerservice|sofi/i,
  },
  {
    name: 'PL PESEL',
    pattern: /\b\d{11}\b/g,
    valid: (m) => (10 - (weightedSum(m, [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]) % 10)) % 10 === Number(m[10]),
    context: /pesel/i,
  },
  {
    name: 'BE national number',
    pattern: /\b\d{2}\.?\d{2}\.?\d{2}-?\d{3}\.?\d{2}\b/g,
    valid: (m) => {
      const d = m.replace(/\D/g, '');
      const check = Number(d.slice(9));
      return 97 - mod97(d.slice(0, 9)) === check || 97 - mod97(`2${d.slice(0, 9)}`) === check;
    },
    context: /rijksregister|registre national|national ?number|nn\b|niss/i,
  },
];

/** How far before a number its naming word may stand. */
const CONTEXT_CHARS = 60;

export function countNationalIds(text: string): number {
  let found = 0;
  const counted = new Set<number>();
  for (const rule of RULES) {
    // A format that needs its name is not looked for at all when the name is nowhere in the text.
    if (rule.context && !rule.context.test(text)) continue;
    rule.pattern.lastIndex = 0;
    for (let m = rule.pattern.exec(text); m !== null; m = rule.pattern.exec(text)) {
      if (counted.has(m.index) || !rule.valid(m[0])) continue;
      if (rule.context && !rule.context.test(text.slice(Math.max(0, m.index - CONTEXT_CHARS), m.index)))
        continue;
      counted.add(m.index);
      found++;
    }
  }
  return found;
}
