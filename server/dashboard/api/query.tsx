import { MutationCache, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { TRPCClient } from '@trpc/client';
import { TRPCClientError } from '@trpc/client';
import { createTRPCContext } from '@trpc/tanstack-react-query';
import type { ReactNode } from 'react';
import type { AppRouter } from '@lantern/server/router';

/**
 * `useTRPC()` gives each page `trpc.admin.x.y.queryOptions(input)` / `.mutationOptions()` for
 * TanStack Query's `useQuery` / `useMutation`; the calls go through the same client (and links) as
 * before, so the CSRF header and the session-expiry event are unchanged.
 */
export const { TRPCProvider, useTRPC } = createTRPCContext<AppRouter>();

/** A 4xx answer (bad input, forbidden, signed out, not found) says the same thing the second time. */
function isClientError(error: unknown): boolean {
  if (!(error instanceof TRPCClientError)) return false;
  const status = (error.data as { httpStatus?: number } | undefined)?.httpStatus;
  return status !== undefined && status >= 400 && status < 500;
}

/**
 * The dashboard's cache. Choices:
 * - a successful change refreshes every query on screen (and marks the others stale): one decision
 *   moves the inventory, the requests, the overview and the config version at once, and a list of
 *   which change touches which query would be wrong sooner or later;
 * - no refetch on window focus: a table that redraws while someone reads it, or while rows are
 *   selected, is worse than one that is a minute old; revisiting a page loads it afresh;
 * - server and network failures are tried twice more, 4xx answers never; changes are never repeated.
 */
export function createQueryClient(): QueryClient {
  const client: QueryClient = new QueryClient({
    mutationCache: new MutationCache({
      onSuccess: () => {
        void client.invalidateQueries();
      },
    }),
    defaultOptions: {
      queries: {
        retry: (failures, error) => !isClientError(error) && failures < 2,
        refetchOnWindowFocus: false,
      },
      mutations: { retry: false },
    },
  });
  return client;
}

export function ApiProvider(props: {
  trpcClient: TRPCClient<AppRouter>;
  queryClient: QueryClient;
  children: ReactNode;
}) {
  return (
    <QueryClientProvider client={props.queryClient}>
      <TRPCProvider trpcClient={props.trpcClient} queryClient={props.queryClient}>
        {props.children}
      </TRPCProvider>
    </QueryClientProvider>
  );
}
