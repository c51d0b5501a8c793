export { canonicalJson } from './canonical';
export * from './schema';
export { parseRelease, type ParsedRelease } from './parse';
export * from './overrides';
export { signedTextSha256 } from './digest';
export { readCatalogAnswer, releaseWireText, type CatalogAnswer } from './wire';
export { BASELINE_RELEASE_VERSION } from './baseline';
