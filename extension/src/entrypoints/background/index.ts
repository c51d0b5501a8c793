import { scheduleSync } from '../../sync/start';
import { registerExperience } from '../../enforce';
import { registerGuard } from '../../guard';
import { registerListeners } from './listeners';
import { setBaselineLoader } from '../../detect/baseline';
import { readPackagedCatalog } from '../../detect/packaged-catalog';

// Wiring only: where the classifier reads the bundled catalog from (the package file, on first use),
// then listeners first and synchronously (MV3 dispatches the waking event only to listeners
// registered in the worker's first turn), then the asynchronous start of sync.
export default defineBackground(() => {
  setBaselineLoader(readPackagedCatalog);
  registerListeners();
  registerExperience();
  registerGuard();
  scheduleSync();
});
