// `@lantern/extension/testing`: the extension modules the cross-package tests in tests/ drive in
// Node (with fake-indexeddb) and the benchmarks time. tests/ reaches the extension only through
// this entry point; the extension's own code never imports it (eslint.config.js). IndexedDB comes
// from fake-indexeddb, installed before Dexie loads (Dexie reads the global when it is imported);
// the classifier's bundled catalog comes from @lantern/shared (baseline-setup.ts).
import 'fake-indexeddb/auto';
import './baseline-setup';
export { BOUNDS } from '../src/db/bounds';
export { applyDeltas, compactAggregates, type AggregateDelta } from '../src/db/aggregates';
export { LanternDb } from '../src/db/app-db';
export { localDay } from '@lantern/shared';
export { getConfig, getEnrolment, getSyncState, updateSyncState } from '../src/db/state';
export { DayAggregator } from '../src/detect/aggregator';
export { usableCatalog } from '../src/detect/catalog-release';
export { classifier, setClassifierSources } from '../src/detect/classifier-store';
export { classifyNavigation } from '../src/detect/navigation';
export { enrolDevice } from '../src/enrol/enrol';
export { humanError } from '../src/i18n/errors';
export { BACKOFF } from '../src/sync/backoff';
export type { FetchFn } from '../src/sync/device-api';
export { createSyncEngine, type PushOutcome, type SyncEngine, type SyncEngineDeps } from '../src/sync/engine';
export { recordEvent } from '../src/sync/record-event';
