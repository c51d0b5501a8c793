import { describe, expect, it } from 'vitest';
import { luhnValid } from './checksums';
import { countCards, countIbans, isCardNumber, isIban } from './payments';

describe('payment card numbers', () => {
  it.each([
    '4111111111111111',
    '5555555555554444',
    '378282246310005',
    '6011111111111117',
    '2223003122003222',
  ])('recognises the network test number %s', (n) => expect(isCardNumber(n)).toBe(true));

  it.each([
    ['a wrong check digit', '4111111111111112'],
    ['a non-card prefix that passes Luhn', '1234567812345670'],
    ['an Amex prefix with Visa length', '3782822463100055'],
    ['one digit repeated', '0000000000000000'],
  ])('refuses %s', (_why, n) => expect(isCardNumber(n)).toBe(false));

  it('finds grouped and plain numbers inside text', () => {
    expect(countCards('pay with 4111 1111 1111 1111 or 5555-5555-5555-4444, Amex 3782 822463 10005')).toBe(3);
  });

  it('ignores order numbers, phone numbers, timestamps and digit lists', () => {
    const text = [
      'order 4111111111111112 shipped',
      'call +44 20 7946 0958',
      'ts 1733327999123',
      'ids 4111-1 111 11 1111',
      'isbn 978-3-16-148410-0',
    ].join('\n');
    expect(countCards(text)).toBe(0);
  });

  it('Luhn refuses non-digits and the empty string', () => {
    expect(luhnValid('')).toBe(false);
    expect(luhnValid('4111a11111111111')).toBe(false);
  });
});

describe('IBANs', () => {
  it.each([
    'DE89370400440532013000',
    'GB82WEST12345698765432',
    'FR1420041010050500013M02606',
    'NL91ABNA0417164300',
  ])('accepts the valid IBAN %s', (iban) => expect(isIban(iban)).toBe(true));

  it.each([
    ['a changed digit', 'DE89370400440532013001'],
    ['the wrong length for the country', 'DE8937040044053201300'],
    ['an unknown country', 'QQ89370400440532013000'],
  ])('refuses %s', (_why, iban) => expect(isIban(iban)).toBe(false));

  it('finds IBANs written in groups of four, followed by other words', () => {
    expect(countIbans('Bitte an DE89 3704 0044 0532 0130 00 BIC COBADEFFXXX überweisen')).toBe(1);
  });

  it('checks letters inside the account part, grouped or not, as the registry writes them', () => {
    expect(
      countIbans('pay GB82 WEST 1234 5698 7654 32 or NL91ABNA0417164300, not GB82 WEST 1234 5698 7654 33'),
    ).toBe(2);
  });

  it('ignores product codes that look like IBANs', () => {
    expect(countIbans('part no. DE12 3456 7890 1234 5678 90 and AB12CDEF34567890')).toBe(0);
  });
});
