import { api, isUnauthorized, setCsrfToken } from './client';

export interface Me {
  role: 'admin' | 'auditor';
  name: string;
}

/** The signed-in staff member, or null when there is no live session cookie. */
export async function currentSession(): Promise<Me | null> {
  try {
    const me = await api.session.me.query();
    return { role: me.role, name: me.name };
  } catch (error) {
    if (isUnauthorized(error)) return null;
    throw error;
  }
}

export async function signIn(token: string): Promise<Me> {
  const result = await api.session.signIn.mutate({ token });
  setCsrfToken(result.csrfToken);
  return { role: result.role, name: result.name };
}

/** Ends the session on the server; the local CSRF token goes whatever the server said. */
export async function signOut(): Promise<void> {
  try {
    await api.session.signOut.mutate();
  } finally {
    setCsrfToken(null);
  }
}
