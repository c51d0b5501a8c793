import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { locate, normalizeHostname, parseTarget } from './normalize';

describe('normalizeHostname', () => {
  it('canonicalises case, a trailing dot, ports, userinfo and schemes', () => {
    expect(normalizeHostname('Claude.AI')).toBe('claude.ai');
    expect(normalizeHostname('claude.ai.')).toBe('claude.ai');
    expect(normalizeHostname('claude.ai:8443')).toBe('claude.ai');
    expect(normalizeHostname('https://a:b@Claude.ai:443/x?y#z')).toBe('claude.ai');
    expect(normalizeHostname('ws://chat.example/socket')).toBe('chat.example');
    expect(normalizeHostname('//cdn.example/x')).toBe('cdn.example');
  });

  it('turns IDNs into punycode, including ideographic full stops and percent-escapes', () => {
    expect(normalizeHostname('https://München.de/')).toBe('xn--mnchen-3ya.de');
    expect(normalizeHostname('例え。テスト')).toBe('xn--r8jz45g.xn--zckzah');
    expect(normalizeHostname('http://cl%61ude.ai/')).toBe('claude.ai');
  });

  it('refuses what is not a web hostname', () => {
    for (const input of [
      'javascript:void(0)',
      'data:text/plain,x',
      'chrome://newtab',
      'about:blank',
      'mailto:a@b.c',
      'http://[::1]/',
      'a..b',
      '-a.com',
      'a-.com',
      'a_b.com',
      'a b.com',
      '',
      'x'.repeat(300),
      'http://%ff.com',
    ]) {
      expect(normalizeHostname(input), input.slice(0, 30)).toBeNull();
    }
  });

  it('accepts IPv4 literals as hosts (they simply match no tool)', () => {
    expect(normalizeHostname('http://192.168.1.10:8080/')).toBe('192.168.1.10');
  });
});

describe('parseTarget and locate', () => {
  it('point at the path without copying it, ignoring what follows it', () => {
    const target = parseTarget('https://github.com/copilot?x=1');
    expect(target).toEqual({ host: 'github.com', source: 'https://github.com/copilot?x=1', pathStart: 18 });
    expect(parseTarget('github.com')?.pathStart).toBe(10);
  });

  it('leave an already canonical host in place rather than copying it', () => {
    const url = 'https://chatgpt.com/c/1';
    const span = locate(url);
    expect(span?.text).toBe(url);
    expect(url.slice(span!.hostStart, span!.hostEnd)).toBe('chatgpt.com');
  });

  it('read only the authority, so a huge path costs nothing extra', () => {
    const huge = `https://claude.ai/${'a:b@'.repeat(200_000)}`;
    expect(parseTarget(huge)?.host).toBe('claude.ai');
  });

  it('find the same host and path in one pass as the general path does', () => {
    // A leading space always sends the input the general way (it trims, then reads scheme, authority
    // and host in turn), so both readings of every generated input must agree, refusals included.
    const piece = fc.constantFrom('a', 'z', '0', '9', '-', '.', 'A', '%41', '@', ':', '443', '/', '?', '#');
    const odd = fc.constantFrom('\\', ' ', 'é', '_', '[', 'xn--', '..', '-.', '.-');
    const longLabel = fc.integer({ min: 60, max: 66 }).map((n) => 'b'.repeat(n));
    const longHost = fc
      .integer({ min: 240, max: 260 })
      .map((n) => `${'c'.repeat(40)}.`.repeat(7).slice(0, n));
    const host = fc.oneof(
      {
        weight: 4,
        arbitrary: fc.array(fc.oneof(piece, odd, longLabel), { maxLength: 12 }).map((p) => p.join('')),
      },
      { weight: 1, arbitrary: longHost },
    );
    const scheme = fc.constantFrom(
      '',
      'https://',
      'http://',
      'ws://',
      'wss://',
      'HTTPS://',
      'https:/',
      'http:',
    );
    const more = fc.constantFrom('//', 'ftp://', 'httpss://', 'https://https://', 'w', 'h');
    const tail = fc.constantFrom('', '/', '/x', '?q', '#f', '\\x', ':8080/x', ' ', '/a:b@c');
    fc.assert(
      fc.property(fc.oneof(scheme, more), host, tail, (s, h, t) => {
        const input = `${s}${h}${t}`;
        expect(parseTarget(input), input).toEqual(parseTarget(` ${input}`));
      }),
      { numRuns: 20_000 },
    );
  });
});
