import { createContext, useContext } from 'react';

export interface Session {
  role: 'admin' | 'auditor';
  name: string;
  /** Admin with this tab's CSRF token: may change things. Auditors never may (the server agrees). */
  canWrite: boolean;
}

export const SessionContext = createContext<Session | null>(null);

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside a signed-in dashboard');
  return session;
}

export const useCanWrite = () => useSession().canWrite;
