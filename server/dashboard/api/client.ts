import { createTRPCClient, TRPCClientError, type TRPCLink } from '@trpc/client';
import { observable } from '@trpc/server/observable';
import type { AppRouter } from '@lantern/server/router';
import { dashboardLink } from './link';

const CSRF_KEY = 'lantern.csrf';

/**
 * The session cookie is httpOnly, so scripts never see it; the CSRF token comes back once from
 * sign-in and lives in localStorage, so every tab of this origin can act and sign out (the server
 * keeps only its hash and cannot hand it out again). A cross-site page can send the cookie but not
 * this header, which is what makes changes safe.
 */
export function setCsrfToken(token: string | null): void {
  if (token === null) localStorage.removeItem(CSRF_KEY);
  else localStorage.setItem(CSRF_KEY, token);
}

export function hasCsrfToken(): boolean {
  return localStorage.getItem(CSRF_KEY) !== null;
}

/** /trpc beside the dashboard's own folder (`/` when the server mounts it at the root). */
function trpcUrl(): string {
  return new URL('trpc', new URL('.', window.location.href)).href;
}

/** Tells the app (which then shows sign-in) whenever a call finds the session gone. */
export const SESSION_EXPIRED_EVENT = 'lantern:session-expired';

const expiryLink: TRPCLink<AppRouter> =
  () =>
  ({ next, op }) =>
    observable((observer) =>
      next(op).subscribe({
        next: (value) => observer.next(value),
        error: (error) => {
          if (op.path !== 'session.signIn' && op.path !== 'session.me' && isUnauthorized(error)) {
            window.dispatchEvent(new Event(SESSION_EXPIRED_EVENT));
          }
          observer.error(error);
        },
        complete: () => observer.complete(),
      }),
    );

export const api = createTRPCClient<AppRouter>({
  links: [
    expiryLink,
    dashboardLink(trpcUrl(), () => {
      const csrf = localStorage.getItem(CSRF_KEY);
      const headers: Record<string, string> = csrf ? { 'x-lantern-csrf': csrf } : {};
      return headers;
    }),
  ],
});

/** True when the server said the session is gone or never existed. */
export function isUnauthorized(error: unknown): boolean {
  return (
    error instanceof TRPCClientError && (error.data as { code?: string } | undefined)?.code === 'UNAUTHORIZED'
  );
}

export function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message;
  return String(error);
}
