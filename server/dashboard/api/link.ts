import { httpBatchLink } from '@trpc/client';
import type { TRPCLink } from '@trpc/client';
import { MAX_BATCH_CALLS } from '@lantern/shared';
import type { AppRouter } from '@lantern/server/router';

/**
 * The dashboard's HTTP link. Queries go as POST (the server allows method override), so their
 * inputs — search terms such as a person's email — travel in the body and never sit in a URL that
 * a proxy or access log keeps. Batches stop at the server's maximum (call-plan.ts).
 */
export function dashboardLink(
  url: string,
  headers: () => Record<string, string>,
  fetchFn: typeof fetch = fetch,
): TRPCLink<AppRouter> {
  return httpBatchLink<AppRouter>({
    url,
    methodOverride: 'POST',
    maxItems: MAX_BATCH_CALLS,
    headers,
    fetch: (input, init) => fetchFn(input, { ...init, credentials: 'same-origin' }),
  });
}
