export { canonicalJson } from './canonical';
export * from './schema';
export { parseRelease, type ParsedRelease } from './parse';
export * from './overrides';
export { BASELINE_RELEASE_VERSION } from './baseline';
