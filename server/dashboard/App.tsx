import { useCallback, useEffect, useState } from 'react';
import { Router, useLocation } from 'wouter';
import { api, hasCsrfToken, SESSION_EXPIRED_EVENT } from './api/client';
import { ApiProvider, createQueryClient } from './api/query';
import { currentSession, signIn, signOut } from './api/session';
import { Loading } from './components/Feedback';
import { Layout } from './components/Layout';
import { useHashPath, useHashSearch } from './location';
import { Pages } from './Pages';
import { SignIn } from './pages/SignIn';
import { SessionContext, type Session } from './session';

type State =
  { kind: 'checking' } | { kind: 'signed-out'; message?: string } | { kind: 'signed-in'; session: Session };

const toSession = (me: { role: 'admin' | 'auditor'; name: string }): Session => ({
  ...me,
  canWrite: me.role === 'admin' && hasCsrfToken(),
});

export function App() {
  const [state, setState] = useState<State>({ kind: 'checking' });
  const [queryClient] = useState(createQueryClient);

  // What one signed-in person saw is not kept for the next one.
  useEffect(() => {
    if (state.kind === 'signed-out') queryClient.clear();
  }, [state.kind, queryClient]);

  useEffect(() => {
    currentSession().then(
      (me) => setState(me ? { kind: 'signed-in', session: toSession(me) } : { kind: 'signed-out' }),
      () =>
        setState({ kind: 'signed-out', message: 'The server could not be reached. Try again in a moment.' }),
    );
  }, []);

  const onSignIn = useCallback(async (token: string) => {
    const me = await signIn(token);
    setState({ kind: 'signed-in', session: toSession(me) });
  }, []);

  const onSignOut = useCallback(() => {
    void signOut().finally(() => setState({ kind: 'signed-out', message: 'You are signed out.' }));
  }, []);

  // Any call that meets a dead session (expired, token revoked) brings the user back to sign-in.
  useEffect(() => {
    const expired = () => setState({ kind: 'signed-out', message: 'Your session ended. Sign in again.' });
    window.addEventListener(SESSION_EXPIRED_EVENT, expired);
    return () => window.removeEventListener(SESSION_EXPIRED_EVENT, expired);
  }, []);

  if (state.kind === 'checking') return <Loading what="Opening the dashboard" />;
  if (state.kind === 'signed-out') return <SignIn onSignIn={onSignIn} message={state.message} />;
  return (
    <SessionContext.Provider value={state.session}>
      <ApiProvider trpcClient={api} queryClient={queryClient}>
        <Router hook={useHashPath} searchHook={useHashSearch}>
          <SignedIn session={state.session} onSignOut={onSignOut} />
        </Router>
      </ApiProvider>
    </SessionContext.Provider>
  );
}

function SignedIn({ session, onSignOut }: { session: Session; onSignOut: () => void }) {
  // The first path segment picks the highlighted menu entry: `/tools/x` → `tools`, `/` → `overview`.
  const [path] = useLocation();
  const page = path.split('/').find(Boolean) ?? 'overview';
  return (
    <Layout current={page} who={session.name} role={session.role} onSignOut={onSignOut}>
      <Pages />
    </Layout>
  );
}
