// @vitest-environment node
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { catalog, isRegistrableHost } from '@lantern/shared';
import fc from 'fast-check';
import { getEmptyResult, parseImpl, type FLAG, type IOptions, type IPublicSuffix } from 'tldts-core';
// @ts-expect-error -- the package's untyped data module, as icann-packed.ts reads it
import * as tldtsTrie from 'tldts-icann/dist/es6/src/data/trie.js';
import { describe, expect, it } from 'vitest';
import { icannPackedPlugin, tldtsIcannAlias } from '../../scripts/public-suffixes';
import { ICANN_PACKED } from './icann-packed';
import { packSuffixTrees, unpackSuffixTrees, type SuffixNode, type TldtsTrieData } from './suffix-tree';
import * as ours from './tldts-icann';

const require = createRequire(import.meta.url);
const packageEntry = require.resolve('tldts-icann');

/**
 * The package's `getDomain` as the extension's build had it (dist/es6/index.js: tldts-core's
 * `parseImpl` with the package's suffix lookup), over the tldts-core this module uses. Not the
 * package's CommonJS entry, which Node loads: that carries its own, older copy of tldts-core, whose
 * answers differ on IPv4-like input such as `999.1.1.1`.
 */
const packageLookup = (
  require(packageEntry.replace(/index\.js$/, 'src/suffix-trie.js')) as {
    default: (h: string, o: unknown, out: IPublicSuffix) => void;
  }
).default;
const DOMAIN = 3 as FLAG; // FLAG.DOMAIN (a const enum, declared only)
const packageTldts = {
  getDomain: (url: string, options?: Partial<IOptions>) =>
    parseImpl(url, DOMAIN, packageLookup, options, getEmptyResult()).domain,
};

/** How the shared schemas call it (schemas/primitives.ts `isRegistrableHost`), and the defaults. */
const OPTION_SETS = [{ allowPrivateDomains: false, validateHostname: false }, undefined] as const;

function agree(input: string): void {
  for (const options of OPTION_SETS)
    expect(ours.getDomain(input, options), `${JSON.stringify(input)} ${JSON.stringify(options)}`).toBe(
      packageTldts.getDomain(input, options),
    );
}

/** Every rule of a tree as a dotted name (`*.kawasaki.jp`), from the tree or from the package's graph. */
function rulesOf(root: SuffixNode): string[] {
  const out: string[] = [];
  const walk = (node: SuffixNode, suffix: string) => {
    for (const [label, child] of node.children ?? []) {
      const name = suffix === '' ? label : `${label}.${suffix}`;
      if (child.terminal) out.push(name);
      walk(child, name);
    }
  };
  walk(root, '');
  return out.sort();
}

function graphRules(data: TldtsTrieData, root: number): string[] {
  const offsets: number[] = [];
  for (let e = 0, o = 0; e < data.edgeLength.length; e += 1) {
    offsets.push(o);
    o += data.edgeLength[e]!;
  }
  const out: string[] = [];
  const walk = (node: number, suffix: string) => {
    for (let e = data.edgeStart[node]!; e < data.edgeStart[node + 1]!; e += 1) {
      const label = data.labelText.slice(offsets[e], offsets[e]! + data.edgeLength[e]!);
      const name = suffix === '' ? label : `${label}.${suffix}`;
      const child = data.edgeChild[e]!;
      if ((data.nodeFlags[child]! & 1) !== 0) out.push(name);
      walk(child, name);
    }
  };
  walk(root, '');
  return out.sort();
}

const data = tldtsTrie as TldtsTrieData;
const trees = unpackSuffixTrees(ICANN_PACKED);
const allRules = [...rulesOf(trees.rules), ...rulesOf(trees.exceptions)];

describe("the extension's public suffix lookup (src/psl)", () => {
  it('packs the tldts-icann the shared package (and so the server) uses', () => {
    const version = (dir: string, section: 'dependencies' | 'devDependencies') =>
      (
        JSON.parse(readFileSync(new URL(`${dir}/package.json`, import.meta.url), 'utf8')) as Record<
          string,
          Record<string, string>
        >
      )[section]!['tldts-icann'];
    expect(version('../../', 'devDependencies')).toBe(version('../../../shared/', 'dependencies'));
    // ...and the same tldts-core as the package's own lookup (the one the build bundled before).
    expect(require.resolve('tldts-core')).toBe(createRequire(packageEntry).resolve('tldts-core'));
  });

  it('keeps every rule and exception of the package, and nothing else', () => {
    expect(rulesOf(trees.rules)).toEqual(graphRules(data, data.rulesRoot));
    expect(rulesOf(trees.exceptions)).toEqual(graphRules(data, data.exceptionsRoot));
    expect(rulesOf(trees.rules).length).toBeGreaterThan(7000); // the ICANN section, 2026
    expect(packSuffixTrees(data)).toBe(ICANN_PACKED);
  });

  it('refuses text it did not write', () => {
    for (const bad of ['', 'uk(co', 'uk(co)|ck(www))', 'uk,,co|', 'uk|ck|jp'])
      expect(() => unpackSuffixTrees(bad), bad).toThrow(/unexpected input/);
    expect(unpackSuffixTrees('|').rules.children).toBeNull();
  });

  it('answers as tldts-icann around every rule of the list', () => {
    for (const rule of allRules) {
      const name = rule.replaceAll('*', 'x');
      const parent = name.slice(name.indexOf('.') + 1);
      for (const host of [name, `a.${name}`, `a.b.${name}`, parent, `www.${parent}`, `${name}.`, `.${name}`])
        agree(host);
    }
  });

  it("answers as tldts-icann for the catalog's hosts and for odd input", () => {
    for (const tool of catalog)
      for (const host of [...tool.domains, ...tool.apiEndpoints, ...tool.urlPrefixes]) agree(host);
    for (const input of [
      '',
      '.',
      '..',
      'com',
      'co.uk',
      'a.co.uk',
      'CO.UK',
      'a..co.uk',
      'www.ck',
      'a.www.ck',
      'ck',
      'x.ck',
      'city.kawasaki.jp',
      'a.city.kawasaki.jp',
      'foo.kawasaki.jp',
      'kawasaki.jp',
      'localhost',
      'intranet.corp',
      '1.2.3.4',
      '999.1.1.1',
      '1.2.3',
      '[::1]',
      '::1',
      'https://a.co.uk/path?q=1',
      'http://co.uk',
      'example.com:8080',
      'github.com/copilot',
      'xn--55qx5d.cn',
      '公司.cn',
      'a.公司.cn',
      'ålesund.no',
      'a.ålesund.no',
    ])
      agree(input);
  });

  it('answers as tldts-icann for hosts made of the list’s own labels (property)', () => {
    const labels = [...new Set(allRules.flatMap((r) => r.split('.')))];
    const label = fc.oneof(
      fc.constantFrom(...labels),
      fc.stringMatching(/^[a-z0-9-]{1,12}$/),
      fc.constantFrom('', 'www', 'city', '*', 'x'),
    );
    fc.assert(
      fc.property(fc.array(label, { minLength: 1, maxLength: 5 }), (parts) => agree(parts.join('.'))),
      { numRuns: 20_000 },
    );
  });

  it("keeps the shared schema's registrable check as it is", () => {
    for (const rule of allRules.slice(0, 3000)) {
      const host = rule.replaceAll('*', 'x');
      expect(ours.getDomain(host, OPTION_SETS[0]) !== null).toBe(isRegistrableHost(host));
    }
  });

  it('is what the build puts in place of the package', () => {
    expect('tldts-icann').toMatch(tldtsIcannAlias.find);
    expect('tldts-icann/dist/es6/src/data/trie.js').not.toMatch(tldtsIcannAlias.find);
    expect(readFileSync(tldtsIcannAlias.replacement, 'utf8')).toMatch(/export function getDomain/);
    const packedModule = new URL('./icann-packed.ts', import.meta.url).pathname;
    const load = icannPackedPlugin().load as (id: string) => string | null;
    expect(load(packedModule)).toBe(`export const ICANN_PACKED = ${JSON.stringify(ICANN_PACKED)};\n`);
    expect(load(`${packedModule}?x`)).not.toBeNull();
    expect(load('/elsewhere.ts')).toBeNull();
  });
});
