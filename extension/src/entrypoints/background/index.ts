import { scheduleSync } from '../../sync/start';
import { registerExperience } from '../../enforce';
import { registerGuard } from '../../guard';
import { registerListeners } from './listeners';

// Wiring only: listeners first and synchronously (MV3 dispatches the waking event only to listeners
// registered in the worker's first turn), then the asynchronous start of sync.
export default defineBackground(() => {
  registerListeners();
  registerExperience();
  registerGuard();
  scheduleSync();
});
