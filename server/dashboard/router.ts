import { useCallback, useSyncExternalStore } from 'react';

/**
 * A tiny hash router. The dashboard is a handful of pages; hash URLs keep deep links working with a
 * static file server and no history fallback. `#/inventory?status=approved&page=2` → path + query.
 */
export interface Location {
  /** Path segments, e.g. ['tools', 'chatgpt']. */
  segments: string[];
  query: URLSearchParams;
}

export function parseHash(hash: string): Location {
  const raw = hash.replace(/^#/, '');
  const [path = '', search = ''] = raw.split('?', 2);
  const segments = path
    .split('/')
    .filter((s) => s.length > 0)
    .map((s) => safeDecode(s));
  return { segments, query: new URLSearchParams(search) };
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
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

export function navigate(to: string): void {
  if (window.location.hash !== to) window.location.hash = to;
}

function subscribe(callback: () => void): () => void {
  window.addEventListener('hashchange', callback);
  return () => window.removeEventListener('hashchange', callback);
}

const getHash = () => window.location.hash;

export function useLocation(): Location {
  const hash = useSyncExternalStore(subscribe, getHash, () => '');
  return parseHash(hash);
}

/**
 * Query-string state for list pages: filters, sort and page live in the URL so a view can be
 * bookmarked and the back button works. Setting a filter resets the page.
 */
export function useQueryState(): [URLSearchParams, (patch: Record<string, string | number | null>) => void] {
  const { query } = useLocation();
  // Read the hash at call time, so the setter stays stable and never works from a stale location.
  const update = useCallback((patch: Record<string, string | number | null>) => {
    const current = parseHash(window.location.hash);
    const next: Record<string, string | number | null> = Object.fromEntries(current.query.entries());
    if (!('page' in patch)) next.page = null;
    Object.assign(next, patch);
    navigate(href(current.segments, next));
  }, []);
  return [query, update];
}
