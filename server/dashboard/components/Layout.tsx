import type { ReactNode } from 'react';
import { href } from '../location';

export interface NavItem {
  path: string;
  label: string;
}

export const NAV: readonly NavItem[] = [
  { path: 'overview', label: 'Overview' },
  { path: 'inventory', label: 'Inventory' },
  { path: 'approved', label: 'Approved tools' },
  { path: 'users', label: 'People' },
  { path: 'policies', label: 'Policies' },
  { path: 'literacy', label: 'AI literacy' },
  { path: 'requests', label: 'Requests' },
  { path: 'reported', label: 'Reported tools' },
  { path: 'devices', label: 'Devices' },
  { path: 'guard', label: 'Data guard' },
  { path: 'exports', label: 'Exports' },
  { path: 'integrations', label: 'Integrations' },
  { path: 'settings', label: 'Settings' },
];

/** Pages that belong under a nav entry without being it (a tool's detail page under Inventory). */
const PARENT: Record<string, string> = { tools: 'inventory' };

interface LayoutProps {
  current: string;
  who: string;
  role: 'admin' | 'auditor';
  onSignOut: () => void;
  children: ReactNode;
}

export function Layout({ current, who, role, onSignOut, children }: LayoutProps) {
  const active = PARENT[current] ?? current;
  return (
    <div className="app">
      <a
        className="skip-link"
        href="#main"
        onClick={(e) => {
          e.preventDefault();
          document.getElementById('main')?.focus();
        }}
      >
        Skip to content
      </a>
      <aside className="sidebar">
        <div className="brand">
          <span className="brand-mark" aria-hidden="true" />
          Lantern
        </div>
        <nav className="nav" aria-label="Main">
          {NAV.map((item) => (
            <a
              key={item.path}
              href={href(item.path)}
              aria-current={active === item.path ? 'page' : undefined}
            >
              {item.label}
            </a>
          ))}
        </nav>
        <div className="sidebar-foot">
          <div>
            Signed in as <strong>{who}</strong>
          </div>
          <div>{role === 'admin' ? 'Administrator' : 'Auditor (read-only)'}</div>
          <button type="button" onClick={onSignOut}>
            Sign out
          </button>
        </div>
      </aside>
      <main id="main" className="main" tabIndex={-1}>
        {children}
      </main>
    </div>
  );
}

export function PageHead({
  title,
  intro,
  children,
}: {
  title: string;
  intro?: ReactNode;
  children?: ReactNode;
}) {
  return (
    <header className="page-head">
      <div>
        <h1>{title}</h1>
        {intro && <p>{intro}</p>}
      </div>
      {children && <div className="actions">{children}</div>}
    </header>
  );
}
