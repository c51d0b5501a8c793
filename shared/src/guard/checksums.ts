/** Check-digit algorithms the detectors use; each takes digits only and never throws. */

/** Luhn (ISO/IEC 7812): payment cards, Swedish personal numbers. */
export function luhnValid(digits: string): boolean {
  let sum = 0;
  let double = false;
  for (let i = digits.length - 1; i >= 0; i--) {
    let d = digits.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return false;
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    double = !double;
  }
  return digits.length > 0 && sum % 10 === 0;
}

/** `value mod 97` of a long decimal string, digit by digit (no BigInt, no string building). */
export function mod97(decimal: string): number {
  let rest = 0;
  for (let i = 0; i < decimal.length; i++) rest = (rest * 10 + decimal.charCodeAt(i) - 48) % 97;
  return rest;
}

/** ISO 7064 MOD 11,10: the German tax identification number's check digit. */
export function iso7064Mod11x10Valid(digits: string): boolean {
  let product = 10;
  for (let i = 0; i < digits.length - 1; i++) {
    let sum = (Number(digits[i]) + product) % 10;
    if (sum === 0) sum = 10;
    product = (sum * 2) % 11;
  }
  let check = 11 - product;
  if (check === 10) check = 0;
  return check === Number(digits[digits.length - 1]);
}

/** A weighted digit sum modulo `mod`, for the many national "weights then modulo" schemes. */
export function weightedSum(digits: string, weights: readonly number[]): number {
  let sum = 0;
  for (let i = 0; i < weights.length; i++) sum += Number(digits[i]) * weights[i]!;
  return sum;
}
