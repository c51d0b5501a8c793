import { useEffect, useState } from 'react';

/** Whether to offer the identity provider's sign-in, asked once per `ssoAvailable`. */
export function useSsoAvailable(ssoAvailable: () => Promise<boolean>): boolean {
  const [sso, setSso] = useState(false);
  useEffect(() => {
    let live = true;
    void ssoAvailable().then((on) => live && setSso(on));
    return () => {
      live = false;
    };
  }, [ssoAvailable]);
  return sso;
}
