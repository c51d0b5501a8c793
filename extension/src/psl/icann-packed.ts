// tldts-icann ships no types for its data module; its declarations sit in dist/types/src/data/trie.d.ts.
// @ts-expect-error -- an untyped deep import of the package's data, checked by the shape below
import * as tldtsTrie from 'tldts-icann/dist/es6/src/data/trie.js';
import { packSuffixTrees, type TldtsTrieData } from './suffix-tree';

/**
 * The ICANN suffix list of the installed `tldts-icann`, packed (suffix-tree.ts). Computed here for
 * tests and type-checking; the extension build replaces this module with the string itself
 * (scripts/public-suffixes.ts), so no script of the extension carries the package's own copy.
 */
export const ICANN_PACKED: string = packSuffixTrees(tldtsTrie as TldtsTrieData);
