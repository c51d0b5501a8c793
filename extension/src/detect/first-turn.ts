import { buildClassifier, catalog } from '@lantern/shared';
import { filterLists, type FilterLists } from './filter-lists';

/**
 * The hosts and API endpoints of the catalog the extension was built with: what the worker's
 * filtered listeners are registered with in its first turn, before any data has been read (MV3
 * dispatches the event that woke the worker only to listeners registered synchronously).
 *
 * Computed here from the catalog for tests and type-checking; the extension build replaces this
 * module with the same lists precomputed (scripts/baseline-catalog.ts), so the service worker never
 * bundles the catalog itself and reads it only when it classifies (detect/baseline.ts).
 */
export const FIRST_TURN: FilterLists = filterLists(buildClassifier(catalog));
