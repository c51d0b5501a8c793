// The shared end-to-end harness: a real Chromium with the test build of the extension, local HTTPS
// sites for real AI hostnames, the managed policy file, and polling. Each
// module says why it looks the way it does.
export * from './ai-sites';
export * from './browser';
export * from './extension';
export * from './managed-policy';
export * from './wait';
export * from './lantern-server';
export * from './extension-db';
export * from './firefox';
export * from './service-worker';
