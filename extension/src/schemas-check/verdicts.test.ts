/**
 * The worker's schemas moved from classic zod to zod/mini (a smaller service-worker script; see
 * docs/performance.md). This test holds them to the verdicts the classic schemas gave: for every
 * schema the modules below export (also inside exported objects: message tables, state items) it
 * replays recorded inputs — generated valid samples and mutations of each field (deleted, replaced
 * by an odd value, an extra key) — and compares whether
 * each is accepted, the parsed output, and the issues' codes, paths and messages with the record
 * `classic-verdicts.json`, made from the classic schemas (commit 02ac8cd) with
 * `LANTERN_RECORD_VERDICTS=1 npx vitest run src/schemas-check` (then prettier). A normal run never writes it.
 * When a bound the schemas share changes, its message changes with it: the release bound `bytes` went from 32 to
 * 64 MiB (2026-12-06), so the record's hash of "Too big: expected number to be <=33554432" (eb68414b3dd1) was
 * replaced by that of "…<=67108864" (bf622b488d0b), the message the classic schema gives with the new bound.
 * When a schema gains a member, its generated inputs change with it: `Tool` gained the optional `apiPrefixes`
 * (2026-12-06), so the six schemas that hold a tool (Tool, the catalog release and its payload, the device
 * config, the pull output, the stored config row) were recorded again from the current schemas and only they; the
 * inputs the classic record had for them carry no `apiPrefixes` key, and an absent optional member changes no
 * verdict. A fresh recording of every other schema equalled the classic record, so those entries are unchanged.
 * Likewise the `noticeForTab` message gained the optional `load` (2026-12-07, the page-load count of
 * detect/watch.ts): its two entries (the experience table's and the protocol's) were recorded again from the
 * current schemas, their new verdicts appended to the record's table; every other entry of a fresh recording
 * equalled the record.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import * as shared from '@lantern/shared';
import * as suppliers from '@lantern/shared/suppliers';
import * as approvalMessages from '../approval/messages';
import * as stateItem from '../db/state-item';
import * as stateItems from '../db/state-items';
import * as state from '../db/state';
import * as enforceMessages from '../enforce/messages';
import * as managed from '../enrol/managed';
import * as verified from '../enrol/verified';
import * as guardMessages from '../guard/messages';
import * as literacyMessages from '../literacy/messages';
import * as protocol from '../messaging/protocol';

const RECORD = join(dirname(fileURLToPath(import.meta.url)), 'classic-verdicts.json');

const MODULES: Record<string, Record<string, unknown>> = {
  shared,
  suppliers,
  approvalMessages,
  stateItem,
  stateItems,
  state,
  enforceMessages,
  managed,
  verified,
  guardMessages,
  literacyMessages,
  protocol,
};

interface Schema {
  _zod: { def: Def };
  safeParse(v: unknown): {
    success: boolean;
    data?: unknown;
    error?: { issues: { code: string; path: PropertyKey[]; message: string }[] };
  };
}
interface Def {
  type: string;
  [k: string]: unknown;
}
const isSchema = (v: unknown): v is Schema =>
  typeof v === 'object' && v !== null && '_zod' in v && typeof (v as Schema).safeParse === 'function';

/** Values a leaf is tried with, in order: the first the leaf accepts becomes its sample. */
const CANDIDATES: unknown[] = [
  'chatgpt',
  'chatgpt.com',
  'chat.openai.com',
  'chatgpt.com/c',
  '0123456789abcdef',
  `${'A'.repeat(86)}==`,
  '0193a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b',
  'a'.repeat(64),
  'ann@example.com',
  'https://lantern.example.com/x',
  '2026-12-06T01:00:00.000Z',
  '2026-12-06',
  'en',
  'de',
  'v1',
  'abc',
  'A',
  'x',
  0,
  1,
  5,
  3600,
  1_765_000_000_000,
  true,
  false,
  null,
  [],
  {},
];
/** What each field is replaced with. */
const ODD: unknown[] = [
  null,
  '',
  'x',
  'CHATGPT.COM',
  ' chatgpt.com ',
  'x'.repeat(300),
  'chatgpt..com',
  '-1',
  -1,
  0,
  1.5,
  2 ** 53,
  1e20,
  true,
  [],
  [null],
  {},
  { a: 1 },
  'ann@example.com',
  'https://lantern.example.com/x',
  '2026-12-06',
  1_765_000_000_000,
  '0193a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b',
];

function inner(def: Def): Schema | undefined {
  return (def.innerType ?? def.in ?? def.schema) as Schema | undefined;
}

/** A value the schema accepts, if one is found; `pick` chooses among union options. */
function sample(s: Schema, pick: number, depth = 0): unknown {
  const def = s._zod.def;
  if (depth > 8) return null;
  switch (def.type) {
    case 'object': {
      const shape = def.shape as Record<string, Schema>;
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(shape)) {
        const value = sample(v, pick, depth + 1);
        if (value !== undefined) out[k] = value;
      }
      return out;
    }
    case 'array': {
      const items = [0, 1, 2].map((i) => sample(def.element as Schema, pick + i, depth + 1));
      for (const n of [1, 2, 3, 0]) if (s.safeParse(items.slice(0, n)).success) return items.slice(0, n);
      return items.slice(0, 1);
    }
    case 'record': {
      const key = sample(def.keyType as Schema, pick, depth + 1);
      return { [String(key)]: sample(def.valueType as Schema, pick, depth + 1) };
    }
    case 'union': {
      const options = def.options as Schema[];
      return sample(options[pick % options.length]!, pick, depth + 1);
    }
    case 'nullable':
    case 'optional':
    case 'default':
    case 'prefault':
    case 'catch':
    case 'readonly':
    case 'nonoptional':
    case 'pipe': {
      const i = inner(def);
      if (i) {
        const v = sample(i, pick, depth + 1);
        if (v !== undefined && s.safeParse(v).success) return v;
      }
      break;
    }
    case 'enum':
      return Object.values(def.entries as Record<string, unknown>)[0];
    case 'literal':
      return (def.values as unknown[])[0];
  }
  for (const c of CANDIDATES) if (s.safeParse(c).success) return c;
  return undefined;
}

type Path = (string | number)[];
function paths(value: unknown, prefix: Path = []): Path[] {
  const out: Path[] = [];
  if (Array.isArray(value))
    value.forEach((v, i) => {
      out.push([...prefix, i], ...paths(v, [...prefix, i]));
    });
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) out.push([...prefix, k], ...paths(v, [...prefix, k]));
  return out;
}

function mutate(value: unknown, path: Path, op: { del: true } | { set: unknown }): unknown {
  const copy = structuredClone(value);
  if (path.length === 0) return 'del' in op ? undefined : op.set;
  let parent = copy as Record<string | number, unknown>;
  for (const p of path.slice(0, -1)) parent = parent[p] as Record<string | number, unknown>;
  const last = path[path.length - 1]!;
  if ('del' in op) {
    if (Array.isArray(parent)) parent.splice(last as number, 1);
    else delete parent[last];
  } else parent[last] = op.set;
  return copy;
}

const hash = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 12);

function verdict(s: Schema, input: unknown): string {
  const r = s.safeParse(input);
  if (r.success) return `ok ${hash(JSON.stringify(r.data) ?? 'undefined')}`;
  return r.error!.issues.map((i) => `${i.code}@${i.path.map(String).join('.')}:${hash(i.message)}`).join(' ');
}

/** [input, verdict] pairs for one schema. */
function cases(s: Schema): [unknown, string][] {
  const out = new Map<string, string>();
  const add = (input: unknown) => {
    const key = JSON.stringify(input) ?? 'undefined';
    if (!out.has(key)) out.set(key, verdict(s, input));
  };
  for (const odd of [undefined, ...ODD]) add(odd);
  for (let pick = 0; pick < 6; pick++) {
    const base = sample(s, pick);
    if (base === undefined) continue;
    add(base);
    if (base && typeof base === 'object' && !Array.isArray(base)) add({ ...base, zzExtra: 1 });
    for (const path of paths(base)) {
      add(mutate(base, path, { del: true }));
      for (const odd of ODD) add(mutate(base, path, { set: odd }));
    }
  }
  return [...out].map(([k, v]) => [k === 'undefined' ? undefined : JSON.parse(k), v]);
}

function schemas(): [string, Schema][] {
  const out: [string, Schema][] = [];
  const visit = (name: string, value: unknown, depth: number) => {
    if (isSchema(value)) out.push([name, value]);
    else if (depth < 3 && value && typeof value === 'object' && !Array.isArray(value))
      for (const [key, inner] of Object.entries(value)) visit(`${name}.${key}`, inner, depth + 1);
  };
  for (const [mod, exports] of Object.entries(MODULES)) visit(mod, exports, 0);
  return out.sort(([a], [b]) => a.localeCompare(b));
}

/** Per schema: a hash of its inputs (so the replay is known to use the same ones) and its verdicts. */
interface Recorded {
  verdicts: string[];
  schemas: Record<string, { inputs: string; verdicts: number[] }>;
}

function run(s: Schema): { inputs: string; verdicts: string[] } {
  const all = cases(s);
  return { inputs: hash(JSON.stringify(all.map(([input]) => input))), verdicts: all.map(([, v]) => v) };
}

describe('the worker schemas give the classic schemas’ verdicts', () => {
  if (process.env.LANTERN_RECORD_VERDICTS === '1') {
    it('records', () => {
      const table = new Map<string, number>();
      const record: Recorded = { verdicts: [], schemas: {} };
      for (const [name, s] of schemas()) {
        const { inputs, verdicts } = run(s);
        record.schemas[name] = {
          inputs,
          verdicts: verdicts.map((v) => {
            if (!table.has(v)) table.set(v, table.size);
            return table.get(v)!;
          }),
        };
      }
      record.verdicts = [...table.keys()];
      writeFileSync(RECORD, `${JSON.stringify(record)}\n`);
    });
    return;
  }
  const record = JSON.parse(readFileSync(RECORD, 'utf8')) as Recorded;
  const current = new Map(schemas());

  it('covers every schema the modules export, and nothing was lost', () => {
    expect([...current.keys()]).toEqual(Object.keys(record.schemas));
  });

  it.each(Object.keys(record.schemas))('%s', (name) => {
    const s = current.get(name);
    expect(s, name).toBeDefined();
    const got = run(s!);
    const want = record.schemas[name]!;
    expect(got.inputs, 'the same inputs').toBe(want.inputs);
    expect(got.verdicts).toEqual(want.verdicts.map((i) => record.verdicts[i]));
  });
});
