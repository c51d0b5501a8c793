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
});
