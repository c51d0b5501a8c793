import type { FilterLists } from './filter-lists';
import type { HeadCatalog } from './head-classifier';
import { catalogFirstTurn, headCatalog } from './head-tools';

/**
 * What the worker's filtered listeners are registered with in its first turn, before any data has
 * been read (MV3 dispatches the event that woke the worker only to listeners registered
 * synchronously): the API endpoints of the catalog the extension was built with, and the page
 * hosts of its most used tools (filter-lists.ts, `firstTurnLists`, says why not every host).
 *
 * Computed here from the catalog for tests and type-checking; the extension build replaces this
 * module with the same lists precomputed (scripts/baseline-catalog.ts), so the service worker never
 * bundles the catalog itself and reads it only when it classifies (detect/baseline.ts).
 */
export const FIRST_TURN: FilterLists = catalogFirstTurn();

/**
 * The most used tools' classification data: the notice's patterns registered in the first turn of a
 * fresh install, and the answer to a page's notice before the worker has read the whole catalog
 * (head-classifier.ts). Precomputed by the build like the above.
 */
export const HEAD_CATALOG: HeadCatalog = headCatalog();
