import { TokenSignIn } from './signin/TokenSignIn';
import { useSsoAvailable } from './signin/useSsoAvailable';

interface SignInProps {
  onSignIn: (token: string) => Promise<void>;
  /** Why the user is here again (session expired, signed out). */
  message?: string;
  /** Whether the server signs people in through the organisation's identity provider. */
  ssoAvailable?: () => Promise<boolean>;
}

/** The server answers /auth/oidc/config beside the dashboard; no answer means token sign-in only. */
async function serverOffersSso(): Promise<boolean> {
  try {
    const res = await fetch(new URL('auth/oidc/config', new URL('.', window.location.href)));
    return res.ok && ((await res.json()) as { enabled?: unknown }).enabled === true;
  } catch {
    return false;
  }
}

/** Token → session. The token is sent once and forgotten; the browser keeps only an httpOnly cookie. */
export function SignIn({ onSignIn, message, ssoAvailable = serverOffersSso }: SignInProps) {
  const sso = useSsoAvailable(ssoAvailable);

  return (
    <main className="signin">
      <div className="card">
        <div className="brand" style={{ color: 'inherit', padding: 0 }}>
          <span className="brand-mark" aria-hidden="true" />
          Lantern
        </div>
        <h1>Sign in to the dashboard</h1>
        {sso && (
          <div className="actions" style={{ margin: '1rem 0' }}>
            <a className="button primary" href="auth/oidc/login">
              Sign in with your organisation account
            </a>
          </div>
        )}
        <p className="muted">
          {sso
            ? 'Or use an admin or auditor token (for break-glass access and scripts).'
            : 'Use an admin or auditor token.'}{' '}
          <code>pnpm start</code> prints one on first start;{' '}
          <code>pnpm --silent lantern token create --role auditor</code> makes more.
        </p>
        {message && (
          <p className="notice notice-info" role="status">
            {message}
          </p>
        )}
        <TokenSignIn onSignIn={onSignIn} />
      </div>
    </main>
  );
}
