import { describe, expect, it } from 'vitest';
import { href, parseHash } from './router';

describe('hash router', () => {
  it('reads path segments and the query from a hash', () => {
    const loc = parseHash('#/tools/chatgpt?tab=usage&page=2');
    expect(loc.segments).toEqual(['tools', 'chatgpt']);
    expect(loc.query.get('tab')).toBe('usage');
    expect(loc.query.get('page')).toBe('2');
  });

  it('treats an empty hash as the start page and survives malformed escapes', () => {
    expect(parseHash('').segments).toEqual([]);
    expect(parseHash('#/users/%E0%A4%A').segments).toEqual(['users', '%E0%A4%A']);
  });

  it('builds links that round-trip, dropping empty filters', () => {
    const link = href(['users', 'a/b c'], { status: 'approved', q: '', page: null, size: 50 });
    expect(link).toBe('#/users/a%2Fb%20c?status=approved&size=50');
    expect(parseHash(link).segments).toEqual(['users', 'a/b c']);
  });
});
