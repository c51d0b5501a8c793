import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import type { PackFile } from '../../src/evidence/pack';

/**
 * Helpers for the evidence tests: a strict RFC 4180 reader (so a CSV the pack writes is read the way
 * a spreadsheet would) and the official CycloneDX 1.6 JSON schema, as shipped in the
 * @cyclonedx/cyclonedx-library package, compiled with ajv.
 */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const endCell = () => {
    row.push(cell);
    cell = '';
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted && c === '"' && text[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (quoted) {
      if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') endCell();
    else if (c === '\r' && text[i + 1] === '\n') {
      endCell();
      rows.push(row);
      row = [];
      i++;
    } else cell += c;
  }
  if (cell !== '' || row.length > 0) throw new Error('csv: last line does not end with CRLF');
  return rows;
}

export function fileText(files: PackFile[], name: string): string {
  const f = files.find((x) => x.name === name);
  if (!f) throw new Error(`pack has no ${name}`);
  return f.data.toString('utf8');
}

export function fileJson<T = Record<string, unknown>[]>(files: PackFile[], name: string): T {
  return JSON.parse(fileText(files, name)) as T;
}

/**
 * The bom schema refers to its spdx and jsf companions by their SNAPSHOT file names, while those
 * files declare other $ids: register each under the name the reference resolves to. ajv-formats
 * lacks the draft-2019 formats `iri-reference` and `idn-email`; we check them loosely (any IRI
 * reference without spaces that resolves against a base; one @), and say so in docs/evidence.md.
 */
export function cycloneDxValidator() {
  const require = createRequire(import.meta.url);
  const dir = join(dirname(require.resolve('@cyclonedx/cyclonedx-library/package.json')), 'res', 'schema');
  const load = (file: string) => JSON.parse(readFileSync(join(dir, file), 'utf8')) as Record<string, unknown>;
  const ajv = new Ajv({ strict: false });
  addFormats(ajv);
  ajv.addFormat('iri-reference', (s: string) => {
    if (/\s/.test(s)) return false;
    try {
      return Boolean(new URL(s, 'https://base.invalid/'));
    } catch {
      return false;
    }
  });
  ajv.addFormat('idn-email', /^[^\s@]+@[^\s@]+$/);
  const base = 'http://cyclonedx.org/schema/';
  for (const file of ['spdx.SNAPSHOT.schema.json', 'jsf-0.82.SNAPSHOT.schema.json'])
    ajv.addSchema({ ...load(file), $id: base + file });
  return ajv.compile(load('bom-1.6.SNAPSHOT.schema.json'));
}
