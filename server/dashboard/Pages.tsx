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
import { Route, Switch, useParams } from 'wouter';
import { decodeParam } from './location';

/** Detail pages are keyed by id, so their state resets when one tool's page links to another's. */
function Tool() {
  const id = decodeParam(useParams<{ id: string }>().id);
  return <ToolPage key={id} toolId={id} />;
}

function User() {
  const id = decodeParam(useParams<{ id: string }>().id);
  return <UserPage key={id} userId={id} />;
}

/** The route table: the page for each `#/…` path; anything else is the not-found view. */
export function Pages(): ReactNode {
  return (
    <Switch>
      <Route path="/" component={OverviewPage} />
      <Route path="/overview" component={OverviewPage} />
      <Route path="/inventory" component={InventoryPage} />
      <Route path="/tools" component={InventoryPage} />
      <Route path="/tools/:id" component={Tool} />
      <Route path="/users" component={UsersPage} />
      <Route path="/users/:id" component={User} />
      <Route path="/approved" component={ApprovedPage} />
      <Route path="/policies" component={PoliciesPage} />
      <Route path="/literacy" component={LiteracyPage} />
      <Route path="/requests" component={RequestsPage} />
      <Route path="/reported" component={ReportedToolsPage} />
      <Route path="/devices" component={DevicesPage} />
      <Route path="/guard" component={GuardPage} />
      <Route path="/exports" component={ExportsPage} />
      <Route path="/bypasses" component={BypassesPage} />
      <Route path="/integrations" component={IntegrationsPage} />
      <Route path="/settings" component={SettingsPage} />
      <Route>
        <PageHead title="Page not found" intro="Pick a page from the menu." />
      </Route>
    </Switch>
  );
}
