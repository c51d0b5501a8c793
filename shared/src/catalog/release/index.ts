export { canonicalJson } from './canonical';
export * from './schema';
export { parseRelease, type ParsedRelease } from './parse';
export * from './overrides';
export { signedTextSha256 } from './digest';
export { BASELINE_RELEASE_VERSION } from './baseline';
