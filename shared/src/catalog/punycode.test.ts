import { describe, expect, it } from 'vitest';
import { labelToAscii } from './punycode';

describe('labelToAscii (the platform URL parser’s IDNA)', () => {
  it('matches the RFC 3492 samples and well-known IDN labels', () => {
    expect(labelToAscii('他们为什么不说中文')).toBe('xn--ihqwcrb4cv8a8dqg056pqjye');
    expect(labelToAscii('münchen')).toBe('xn--mnchen-3ya');
    expect(labelToAscii('bücher')).toBe('xn--bcher-kva');
    expect(labelToAscii('испытание')).toBe('xn--80akhbyknj4f');
    expect(labelToAscii('中国')).toBe('xn--fiqs8s');
    expect(labelToAscii('рф')).toBe('xn--p1ai');
  });

  it('leaves ASCII labels alone, and maps case and full-width forms as browsers do', () => {
    expect(labelToAscii('claude')).toBe('claude');
    expect(labelToAscii('MÜNCHEN')).toBe('xn--mnchen-3ya');
    expect(labelToAscii('ｃｌａｕｄｅ')).toBe('claude');
  });

  it('encodes astral characters (emoji) by code point', () => {
    expect(labelToAscii('i❤')).toBe('xn--i-7iq');
  });

  it('refuses what no browser would resolve, and never turns a label into an address', () => {
    expect(labelToAscii('a\u00a0b')).toBeNull(); // a space after mapping
    expect(labelToAscii('１２３')).toBe('123'); // digits stay a label, not 0.0.0.123
    expect(labelToAscii('a／b')).toBeNull(); // maps to a slash
    expect(labelToAscii('c\u200blaude')).toBeNull(); // an invisible character
  });
});
