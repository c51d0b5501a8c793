import type { ReactNode } from 'react';
import { PageHead } from './components/Layout';
import { ApprovedPage } from './pages/ApprovedPage';
import { BypassesPage } from './pages/BypassesPage';
import { DevicesPage } from './pages/DevicesPage';
import { ExportsPage } from './pages/ExportsPage';
import { GuardPage } from './pages/GuardPage';
import { IntegrationsPage } from './pages/IntegrationsPage';
import { InventoryPage } from './pages/InventoryPage';
import { LiteracyPage } from './pages/LiteracyPage';
import { OverviewPage } from './pages/OverviewPage';
import { PoliciesPage } from './pages/PoliciesPage';
import { ReportedToolsPage } from './pages/ReportedToolsPage';
import { RequestsPage } from './pages/RequestsPage';
import { SettingsPage } from './pages/SettingsPage';
import { ToolPage } from './pages/ToolPage';
import { UserPage } from './pages/UserPage';
import { UsersPage } from './pages/UsersPage';
import type { Location } from './router';

/** The page for a location. Detail pages are keyed by id so their state resets between tools. */
export function Pages({ location }: { location: Location }): ReactNode {
  const [page = 'overview', id] = location.segments;
  switch (page) {
    case 'overview':
      return <OverviewPage />;
    case 'inventory':
      return <InventoryPage />;
    case 'tools':
      return id ? <ToolPage key={id} toolId={id} /> : <InventoryPage />;
    case 'users':
      return id ? <UserPage key={id} userId={id} /> : <UsersPage />;
    case 'approved':
      return <ApprovedPage />;
    case 'policies':
      return <PoliciesPage />;
    case 'literacy':
      return <LiteracyPage />;
    case 'requests':
      return <RequestsPage />;
    case 'reported':
      return <ReportedToolsPage />;
    case 'devices':
      return <DevicesPage />;
    case 'guard':
      return <GuardPage />;
    case 'exports':
      return <ExportsPage />;
    case 'bypasses':
      return <BypassesPage />;
    case 'integrations':
      return <IntegrationsPage />;
    case 'settings':
      return <SettingsPage />;
    default:
      return <PageHead title="Page not found" intro="Pick a page from the menu." />;
  }
}
