import { router } from '../../trpc';
import { dashboardRouter } from '../dashboard';
import { auditRouter } from './audit';
import { catalogRouter } from './catalog';
import { decisionsRouter } from './decisions';
import { devicesRouter } from './devices';
import { exceptionsRouter } from './exceptions';
import { directoryRouter } from './directory';
import { guardRouter } from './guard';
import { inventoryRouter } from './inventory';
import { linksRouter } from './links';
import { literacyRouter } from './literacy';
import { peopleRouter } from './people';
import { policiesRouter } from './policies';
import { reportsRouter } from './reports';
import { requestsRouter } from './requests';
import { settingsRouter } from './settings';
import { tokensRouter } from './tokens';
import { toolsRouter } from './tools';
import { webhooksRouter } from './webhooks';

/** Everything the dashboard and the admin API use. Reads: admin or auditor; changes: admin only. */
export const adminRouter = router({
  decisions: decisionsRouter,
  policies: policiesRouter,
  tools: toolsRouter,
  requests: requestsRouter,
  exceptions: exceptionsRouter,
  reports: reportsRouter,
  devices: devicesRouter,
  tokens: tokensRouter,
  settings: settingsRouter,
  inventory: inventoryRouter,
  audit: auditRouter,
  webhooks: webhooksRouter,
  people: peopleRouter,
  directory: directoryRouter,
  links: linksRouter,
  dashboard: dashboardRouter,
  catalog: catalogRouter,
  guard: guardRouter,
  literacy: literacyRouter,
});
