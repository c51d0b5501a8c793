import {
  fastPathLookup,
  getEmptyResult,
  parseImpl,
  resetResult,
  type FLAG,
  type IOptions,
  type IPublicSuffix,
  type ISuffixLookupOptions,
} from 'tldts-core';
import { ICANN_PACKED } from './icann-packed';
import { publicSuffixOf, unpackSuffixTrees, type SuffixTrees } from './suffix-tree';

/**
 * What the extension's build uses for `import … from 'tldts-icann'` (wxt.config.ts, `resolve.alias`):
 * the package's `getDomain`, made the way the package makes it — tldts-core's `parseImpl` with a
 * suffix lookup — but over the same ICANN rules in a smaller form (suffix-tree.ts). The server and
 * the tests use the package itself; `tldts-icann.test.ts` holds the two to the same answers.
 * Only what the shared code imports is here: any other import fails the build instead of changing.
 */

/** Unpacked on the first lookup, not when the worker wakes: most wakes never check a hostname. */
let trees: SuffixTrees | undefined;

function suffixLookup(hostname: string, options: ISuffixLookupOptions, out: IPublicSuffix): void {
  if (fastPathLookup(hostname, options, out)) return;
  trees ??= unpackSuffixTrees(ICANN_PACKED);
  out.publicSuffix = publicSuffixOf(hostname, trees);
}

const RESULT = getEmptyResult();
const DOMAIN = 3 as FLAG; // FLAG.DOMAIN, a const enum the package declares but does not export as a value

export function getDomain(url: string, options?: Partial<IOptions>): string | null {
  resetResult(RESULT);
  return parseImpl(url, DOMAIN, suffixLookup, options, RESULT).domain;
}
