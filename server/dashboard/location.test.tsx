// @vitest-environment happy-dom
import { act, renderHook, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { decodeParam, href, useQueryState } from './location';

afterEach(() => {
  window.location.hash = '';
});

describe('hash links', () => {
  it('builds links that keep reserved characters inside one segment, dropping empty filters', () => {
    const link = href(['users', 'a/b c'], { status: 'approved', q: '', page: null, size: 50 });
    expect(link).toBe('#/users/a%2Fb%20c?status=approved&size=50');
    expect(decodeParam('a%2Fb c')).toBe('a/b c');
    expect(decodeParam('%E0%A4%A')).toBe('%E0%A4%A');
  });

  it('patches the query in the hash, keeps the path as it was and resets the page', async () => {
    window.location.hash = href(['users', 'dana+ops@example.com'], { status: 'approved', page: 3 });
    const { result } = renderHook(() => useQueryState());
    expect(result.current[0].get('page')).toBe('3');
    act(() => result.current[1]({ q: 'a&b' }));
    expect(window.location.hash).toBe('#/users/dana%2Bops%40example.com?status=approved&q=a%26b');
    // happy-dom fires `hashchange` a task later, as browsers do.
    await waitFor(() => expect(result.current[0].get('q')).toBe('a&b'));
    expect(result.current[0].get('page')).toBeNull();
    act(() => result.current[1]({ page: 2 }));
    await waitFor(() => expect(result.current[0].get('page')).toBe('2'));
  });
});
