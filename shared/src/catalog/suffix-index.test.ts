import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SuffixIndex } from './suffix-index';

function indexOf(keys: string[]): SuffixIndex<string> {
  const index = new SuffixIndex<string>();
  for (const key of keys) index.set(key, key);
  index.seal();
  return index;
}
const all = () => true;

describe('SuffixIndex', () => {
  it('finds the longest stored suffix on a label boundary', () => {
    const index = indexOf(['example.com', 'deep.example.com', 'other.org']);
    expect(index.longest('a.deep.example.com', 0, 18, all)).toBe('deep.example.com');
    expect(index.matchStart).toBe(2);
    expect(index.longest('x.example.com', 0, 13, all)).toBe('example.com');
    expect(index.longest('notexample.com', 0, 14, all)).toBeUndefined();
    expect(index.longest('example.com.evil', 0, 16, all)).toBeUndefined();
  });

  it('reads a hostname inside a longer string without copying it', () => {
    const index = indexOf(['example.com']);
    const url = 'https://www.example.com/path';
    expect(index.longest(url, 8, 23, all)).toBe('example.com');
    expect(index.exact).toBeUndefined();
    expect(index.longest(url, 12, 23, all)).toBe('example.com');
    expect(index.exact).toBe('example.com');
  });

  it('skips entries the caller does not accept, falling back to shorter ones', () => {
    const index = indexOf(['a.example.com', 'example.com']);
    expect(index.longest('a.example.com', 0, 13, (v) => v !== 'a.example.com')).toBe('example.com');
    expect(index.exact).toBe('a.example.com');
  });

  it('stays correct with thousands of keys (bitset collisions only cost a Map lookup)', () => {
    const keys = Array.from({ length: 5000 }, (_, i) => `host${i}.example${i % 7}.net`);
    const index = indexOf(keys);
    for (const key of keys) expect(index.longest(`www.${key}`, 0, key.length + 4, all)).toBe(key);
    for (let i = 5000; i < 6000; i++) {
      const miss = `host${i}.example1.net`;
      expect(index.longest(miss, 0, miss.length, all)).toBeUndefined();
    }
  });

  it('stops at the first suffix no key ends with, yet finds every key under any subdomains', () => {
    const index = indexOf(['chat.example.com', 'b.a.example.org', 'x.co.uk']);
    // `example.com` is not a key but is on the way to one, so the walk goes on past it.
    expect(index.longest('www.chat.example.com', 0, 20, all)).toBe('chat.example.com');
    expect(index.longest('chat.other.com', 0, 14, all)).toBeUndefined();
    expect(index.longest('y.b.a.example.org', 0, 17, all)).toBe('b.a.example.org');
    expect(index.longest('b.c.example.org', 0, 15, all)).toBeUndefined();
    expect(index.longest('x.co.uk.x.co.uk', 0, 15, all)).toBe('x.co.uk');
    expect(index.matchStart).toBe(8);
  });

  it('agrees with a scan of every key on random hosts from a small alphabet', () => {
    // Few letters and short labels, so hosts share many suffixes with the keys and each other.
    const label = fc.stringMatching(/^[ab-]{1,3}$/);
    const host = fc.array(label, { minLength: 1, maxLength: 5 }).map((labels) => labels.join('.'));
    fc.assert(
      fc.property(
        fc.uniqueArray(host, { maxLength: 40 }),
        fc.array(host, { maxLength: 40 }),
        (keys, hosts) => {
          const index = indexOf(keys);
          for (const h of [...hosts, ...keys.map((k) => `a.${k}`)]) {
            let expected: string | undefined;
            for (const k of keys) {
              if ((h === k || h.endsWith(`.${k}`)) && k.length > (expected?.length ?? -1)) expected = k;
            }
            expect(index.longest(h, 0, h.length, all)).toBe(expected);
            expect(index.exact).toBe(keys.includes(h) ? h : undefined);
          }
        },
      ),
      { numRuns: 2000 },
    );
  });
});
