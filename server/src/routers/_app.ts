import { router } from '../trpc';
import { adminRouter } from './admin';
import { deviceRouter } from './device';
import { sessionRouter } from './session';
import { syncRouter } from './sync';

export const appRouter = router({
  device: deviceRouter,
  sync: syncRouter,
  session: sessionRouter,
  admin: adminRouter,
});

/** The type the dashboard and the extension import (types only). */
export type AppRouter = typeof appRouter;
