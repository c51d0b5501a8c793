import { useCallback } from 'react';
import { useHashLocation } from 'wouter/use-hash-location';

/**
 * The dashboard's URLs for wouter. Routing is hash-based (`#/tools/chatgpt`) so deep links work from a
 * static file server with no history fallback. Filters, sort and page live in the hash too
 * (`#/inventory?status=approved&page=2`), whereas wouter's own hash hook reads the query from
 * `location.search`; this adapter splits the hash instead, so existing links keep working.
 */
function splitHash(hashPath: string): [path: string, search: string] {
  const [path = '/', search = ''] = hashPath.split('?', 2);
  // `#//tools` and `#/tools` are the same page, as they always were.
  return [path.replace(/\/{2,}/g, '/'), search];
}

/** Moves to a hash URL: a new history entry, so back and forward work. */
export function navigate(to: string, options?: { replace?: boolean }): void {
  const hash = `#${to.replace(/^#/, '')}`;
  if (window.location.hash === hash) return;
  if (options?.replace) window.location.replace(hash);
  else window.location.hash = hash;
}

/** The location hook handed to wouter's `<Router hook>`: the path part of the hash. */
export const useHashPath = (): [string, typeof navigate] => [splitHash(useHashLocation()[0])[0], navigate];

/** The raw (still encoded) query part of the hash. */
export const useHashSearch = (): string => splitHash(useHashLocation()[0])[1];

/**
 * A route parameter, fully decoded. wouter runs `decodeURI` over the path, which leaves escapes of
 * reserved characters (`%2F`, `%40`, `%2B` …) in place; a malformed escape stays as written.
 */
export function decodeParam(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/** Builds `#/a/b?x=1`, dropping empty query values so URLs stay short and canonical. */
export function href(
  path: string[] | string,
  query?: Record<string, string | number | null | undefined>,
): string {
  const segments = typeof path === 'string' ? path.split('/').filter(Boolean) : path;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== null && value !== undefined && value !== '') params.set(key, String(value));
  }
  const search = params.toString();
  return `#/${segments.map(encodeURIComponent).join('/')}${search ? `?${search}` : ''}`;
}

/**
 * Query-string state for list pages: filters, sort and page live in the URL so a view can be
 * bookmarked and the back button works. Setting a filter resets the page.
 */
export function useQueryState(): [URLSearchParams, (patch: Record<string, string | number | null>) => void] {
  const query = new URLSearchParams(useHashSearch());
  // Read the hash at call time, so the setter stays stable and never works from a stale location.
  const update = useCallback((patch: Record<string, string | number | null>) => {
    const [path, search] = splitHash(window.location.hash.replace(/^#\/?/, '/'));
    const next: Record<string, string | number | null> = Object.fromEntries(new URLSearchParams(search));
    if (!('page' in patch)) next.page = null;
    Object.assign(next, patch);
    navigate(href(path.split('/').filter(Boolean).map(decodeParam), next));
  }, []);
  return [query, update];
}
