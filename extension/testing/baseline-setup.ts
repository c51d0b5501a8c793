// Setup for the extension's own tests: in Node there is no extension package to read the bundled
// catalog from (src/detect/baseline.ts), so the classifier gets the catalog from @lantern/shared.
import { catalog } from '@lantern/shared';
import { setBaselineTools } from '../src/detect/baseline';

setBaselineTools(catalog);
