// `@lantern/server/testing`: the helpers the server's own unit tests and tests/ share. Production
// code never imports this folder (eslint.config.js); it may import anything from server/src.
export * from './databases';
export * from './events';
export * from './fixture';
export * from './rehash';
export * from './cookie-walker';
export * from './oidc-provider';
export * from './oidc-testbed';
export * from './catalog/testing';
export * from './evidence/planted-org';
export * from './evidence/testing';
export * from './evidence/zip-read';
export * from './http/http-test-support';
export * from './ingest/per-event-reference';
export * from './webhooks/examples';
export * from './webhooks/receiver';
export * from './webhooks/smtp';
export { rebuildMaintainedCounts } from '../src/db/migrations/0017/backfill';
export { rebuildToolDayPeople } from '../src/db/migrations/0020/backfill';
export { dayPeopleBothWays, referenceFigures } from './inventory/reference-counts';
export * from './ingest/replay';
