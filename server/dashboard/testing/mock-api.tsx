// Test support for the component tests: a tRPC client whose answers come from
// functions laid out like the client itself, `{ admin: { tools: { get: { query: fn } } } }`.
import { render } from '@testing-library/react';
import { createTRPCClient, TRPCClientError, type TRPCClient, type TRPCLink } from '@trpc/client';
import { observable } from '@trpc/server/observable';
import type { ReactElement } from 'react';
import type { AppRouter } from '@lantern/server/router';
import { type Session, SessionContext } from '../session';
import { ApiProvider, createQueryClient } from '../api/query';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- test doubles take any input
type Fn = (input: any) => unknown;
export interface MockTree {
  [key: string]: MockTree | Fn | undefined;
}

/** The error a procedure's TRPCError becomes in the browser, e.g. `trpcError('UNAUTHORIZED', 401)`. */
export function trpcError(code: string, httpStatus: number, message = code): TRPCClientError<AppRouter> {
  return new TRPCClientError(message, {
    result: { error: { code: -32001, message, data: { code, httpStatus } } },
  } as never);
}

function find(tree: MockTree, path: string, type: string): Fn | undefined {
  let node: MockTree | Fn | undefined = tree;
  for (const key of [...path.split('.'), type === 'mutation' ? 'mutate' : 'query']) {
    node = typeof node === 'object' ? node[key] : undefined;
  }
  return typeof node === 'function' ? node : undefined;
}

/** Answers from `tree`, or from one function of the path ('admin.tools.get') and the input. */
export function mockClient(
  tree: MockTree | ((path: string, input: unknown) => unknown),
): TRPCClient<AppRouter> {
  const link: TRPCLink<AppRouter> =
    () =>
    ({ op }) =>
      observable((observer) => {
        let live = true;
        const fn =
          typeof tree === 'function'
            ? (input: unknown) => tree(op.path, input)
            : find(tree, op.path, op.type);
        Promise.resolve()
          .then(() => {
            if (!fn) throw new Error(`no mock for ${op.type} ${op.path}`);
            return fn(op.input);
          })
          .then(
            (data) => {
              if (!live) return;
              observer.next({ result: { type: 'data', data } });
              observer.complete();
            },
            (error: unknown) => {
              if (live) observer.error(TRPCClientError.from(error as Error));
            },
          );
        return () => {
          live = false;
        };
      });
  return createTRPCClient<AppRouter>({ links: [link] });
}

export const ADMIN: Session = { role: 'admin', name: 'Dana', canWrite: true };

/** Renders `ui` signed in as `session`, with a fresh cache that never retries. */
export function renderWithApi(ui: ReactElement, tree: MockTree, session: Session = ADMIN) {
  const queryClient = createQueryClient();
  queryClient.setDefaultOptions({
    ...queryClient.getDefaultOptions(),
    queries: { ...queryClient.getDefaultOptions().queries, retry: false },
  });
  return render(
    <SessionContext.Provider value={session}>
      <ApiProvider trpcClient={mockClient(tree)} queryClient={queryClient}>
        {ui}
      </ApiProvider>
    </SessionContext.Provider>,
  );
}
