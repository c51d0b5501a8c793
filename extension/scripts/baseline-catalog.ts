// The catalog the extension ships, as a file in the package instead of code in the service worker.
// Used by wxt.config.ts: `baselineCatalogAsset` writes `catalog/baseline.json`, read by
// src/detect/baseline.ts on first use; `firstTurnPlugin` replaces src/detect/first-turn.ts with
// the hosts the worker's filtered listeners need before it has read anything. Both come from the
// same catalog the tests check (@lantern/shared), validated here against the tool schema once more.
import { fileURLToPath } from 'node:url';
import { catalog, ToolSchema } from '@lantern/shared';
import type { Plugin } from 'vite';
import { z } from 'zod/mini';
import { packFilterLists } from '../src/detect/filter-lists';
import { catalogFirstTurn, headCatalog } from '../src/detect/head-tools';

export const BASELINE_ASSET = 'catalog/baseline.json';

const FIRST_TURN_MODULE = fileURLToPath(new URL('../src/detect/first-turn.ts', import.meta.url));
const FILTER_LISTS_MODULE = fileURLToPath(new URL('../src/detect/filter-lists.ts', import.meta.url));

/** The catalog's tools as JSON, refused if any entry does not fit the schema. */
export function baselineCatalogJson(): string {
  return JSON.stringify(z.array(ToolSchema).parse(catalog));
}

/**
 * Serves first-turn.ts as its value, so the worker's script carries what its listeners are
 * filtered by in its first turn (the API endpoints, and the page hosts of the most used tools:
 * filter-lists.ts, `firstTurnLists`) but not the catalog: packed into one string
 * (`packFilterLists`), unpacked in the worker's first turn; and those tools' classification data,
 * from which the notice is registered at once on a browser that has no registration yet and a
 * page's notice is answered before the catalog is read (head-classifier.ts).
 */
export function firstTurnPlugin(): Plugin {
  const packed = packFilterLists(catalogFirstTurn());
  const head = headCatalog();
  return {
    name: 'lantern-first-turn',
    enforce: 'pre',
    load(id) {
      if (id.split('?')[0] !== FIRST_TURN_MODULE) return null;
      return [
        `import { unpackFilterLists } from ${JSON.stringify(FILTER_LISTS_MODULE)};`,
        `export const FIRST_TURN = unpackFilterLists(${JSON.stringify(packed)});`,
        `export const HEAD_CATALOG = ${JSON.stringify(head)};`,
        '',
      ].join('\n');
    },
  };
}
