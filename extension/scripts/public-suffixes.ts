// The Public Suffix List in the extension's scripts: `tldts-icann` (imported by the shared hostname
// schema, schemas/primitives.ts) resolves to src/psl/tldts-icann.ts, the same lookup over the same
// rules in a smaller form, and src/psl/icann-packed.ts is served as the packed string itself.
// Used by wxt.config.ts; src/psl/tldts-icann.test.ts checks the answers against the package.
import { fileURLToPath } from 'node:url';
import type { Alias, Plugin } from 'vite';
import { ICANN_PACKED } from '../src/psl/icann-packed';

const PACKED_MODULE = fileURLToPath(new URL('../src/psl/icann-packed.ts', import.meta.url));

export const tldtsIcannAlias: Alias = {
  find: /^tldts-icann$/,
  replacement: fileURLToPath(new URL('../src/psl/tldts-icann.ts', import.meta.url)),
};

export function icannPackedPlugin(): Plugin {
  return {
    name: 'lantern-icann-packed',
    enforce: 'pre',
    load(id) {
      if (id.split('?')[0] !== PACKED_MODULE) return null;
      return `export const ICANN_PACKED = ${JSON.stringify(ICANN_PACKED)};\n`;
    },
  };
}
