// `@lantern/shared/testing`: example events, fast-check arbitraries and the small parsers the
// docs tests use (Markdown tables, curl lines, plist/reg files). Production code never imports
// this folder (eslint.config.js).
export * from './arbitraries';
export * from './break';
export * from './curl';
export * from './examples';
export * from './markdown';
export * from './policy-formats';
export * from './schema-fields';
