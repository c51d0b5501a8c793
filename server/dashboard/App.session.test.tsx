// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react';
import { afterAll, describe, expect, it, vi } from 'vitest';

// The real client and links over a fake server: the session is live for `session.me`, and every
// other call answers UNAUTHORIZED (the token was revoked after the page opened).
const called: string[] = [];
vi.stubGlobal('fetch', (input: string | URL | Request) => {
  const url = new URL(input instanceof Request ? input.url : String(input));
  const paths = decodeURIComponent(url.pathname.split('/trpc/')[1] ?? '').split(',');
  called.push(...paths);
  const body = paths.map((path) =>
    path === 'session.me'
      ? { result: { data: { role: 'admin', name: 'Dana' } } }
      : {
          error: {
            message: 'Sign in again',
            code: -32001,
            data: { code: 'UNAUTHORIZED', httpStatus: 401, path },
          },
        },
  );
  const status = paths.every((p) => p === 'session.me') ? 200 : 401;
  return Promise.resolve(
    new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } }),
  );
});
const { App } = await import('./App');

afterAll(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('a session that ends while a page loads', () => {
  it('sends the user to sign in, without retrying the refused calls', async () => {
    window.location.hash = '#/overview';
    render(<App />);
    expect(await screen.findByText(/Your session ended/)).toBeTruthy();
    const overviewCalls = called.filter((p) => p === 'admin.inventory.overview');
    expect(overviewCalls).toHaveLength(1);
  });
});
