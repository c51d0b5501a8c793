import { scheduleSync } from '../../sync/start';
import { registerExperience } from '../../enforce';
import { registerGuard } from '../../guard';
import { registerListeners } from './listeners';
import { setBaselineLoader } from '../../detect/baseline';
import { readPackagedCatalog } from '../../detect/packaged-catalog';
import { setStoredSourcesLoader } from '../../detect/classifier-store';
import { storedClassifierSources } from '../../detect/stored-sources';
import { getDb } from '../../db/app-db';

// Wiring only: where the classifier reads the bundled catalog from (the package file, on first use)
// and the stored release, overrides and organisation tools (IndexedDB, before its first build);
// then listeners first and synchronously (MV3 dispatches the waking event only to listeners
// registered in the worker's first turn), then the asynchronous start of sync.
export default defineBackground(() => {
  setBaselineLoader(readPackagedCatalog);
  setStoredSourcesLoader(() => storedClassifierSources(getDb()));
  registerListeners();
  registerExperience();
  registerGuard();
  scheduleSync();
});
