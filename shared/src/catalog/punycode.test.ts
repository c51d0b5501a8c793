import { describe, expect, it } from 'vitest';
import { labelToAscii, punycodeEncode } from './punycode';

describe('punycodeEncode (RFC 3492)', () => {
  it('matches the RFC sample strings and well-known IDN labels', () => {
    // RFC 3492 §7.1 (A) Arabic (Egyptian) and (B) Chinese (simplified).
    expect(
      punycodeEncode(
        '\u0644\u064a\u0647\u0645\u0627\u0628\u062a\u0643\u0644\u0645\u0648\u0634\u0639\u0631\u0628\u064a\u061f',
      ),
    ).toBe('egbpdaj6bu4bxfgehfvwxn');
    expect(punycodeEncode('他们为什么不说中文')).toBe('ihqwcrb4cv8a8dqg056pqjye');
    expect(punycodeEncode('münchen')).toBe('mnchen-3ya');
    expect(punycodeEncode('bücher')).toBe('bcher-kva');
    expect(punycodeEncode('испытание')).toBe('80akhbyknj4f');
    expect(punycodeEncode('中国')).toBe('fiqs8s');
  });

  it('leaves ASCII labels alone and prefixes encoded ones with xn--', () => {
    expect(labelToAscii('claude')).toBe('claude');
    expect(labelToAscii('münchen')).toBe('xn--mnchen-3ya');
    expect(labelToAscii('рф')).toBe('xn--p1ai');
  });

  it('encodes astral characters (emoji) by code point, not UTF-16 unit', () => {
    expect(labelToAscii('i❤')).toBe('xn--i-7iq');
    expect(punycodeEncode('😀')?.length).toBeGreaterThan(0);
  });
});
