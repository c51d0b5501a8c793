import { core, nullable } from 'zod/mini';
import {
  DaySchema,
  EmailSchema,
  EventIdSchema,
  ExtensionIdSchema,
  HostnameSchema,
  Sha256Schema,
  TimestampSchema,
  ToolIdSchema,
  UrlPrefixSchema,
  textSchema,
} from '../src/schemas/primitives';

/**
 * Walks the wire schemas so tests and docs can enumerate every field without a hand-kept list:
 * a field added to a schema but missing from docs/protocol.md or docs/privacy.md fails a test.
 * Test and documentation tooling only; nothing in the product imports it.
 */
export interface SchemaField {
  /** `toolId`, `extensions[].name` */
  path: string;
  /** The field's schema with nullable/optional peeled off. */
  schema: core.$ZodType;
  nullable: boolean;
}

// The schemas are zod/mini's (a smaller service-worker script, docs/performance.md), which carry
// no derived properties (`minLength`, `isInt`, …): these read the same facts from a schema's checks,
// as classic zod's derived properties did. `instanceof` on zod's core classes matches classic and
// mini schemas alike.
interface CheckDef {
  check: string;
  value?: number;
  inclusive?: boolean;
  minimum?: number;
  maximum?: number;
  length?: number;
  format?: string;
}
const checksOf = (s: core.$ZodType): CheckDef[] => [
  ...(s._zod.traits.has('$ZodCheck') ? [s._zod.def as unknown as CheckDef] : []),
  ...(s._zod.def.checks ?? []).map((c) => c._zod.def as CheckDef),
];

function lengthBounds(s: core.$ZodType): { min: number | null; max: number | null } {
  let min: number | null = null;
  let max: number | null = null;
  for (const c of checksOf(s)) {
    if (c.check === 'min_length' && typeof c.minimum === 'number') min = Math.max(min ?? 0, c.minimum);
    if (c.check === 'max_length' && typeof c.maximum === 'number') max = Math.min(max ?? Infinity, c.maximum);
    if (c.check === 'length_equals' && typeof c.length === 'number') {
      min = Math.max(min ?? 0, c.length);
      max = Math.min(max ?? Infinity, c.length);
    }
  }
  return { min, max };
}

function numberBounds(s: core.$ZodType): { isInt: boolean; min: number; max: number } {
  let isInt = false;
  let min = Number.NEGATIVE_INFINITY;
  let max = Number.POSITIVE_INFINITY;
  for (const c of checksOf(s)) {
    if (c.check === 'number_format' && c.format?.includes('int')) {
      isInt = true;
      min = Math.max(min, Number.MIN_SAFE_INTEGER);
      max = Math.min(max, Number.MAX_SAFE_INTEGER);
    }
    if (c.check === 'greater_than' && typeof c.value === 'number') min = Math.max(min, c.value);
    if (c.check === 'less_than' && typeof c.value === 'number') max = Math.min(max, c.value);
  }
  return { isInt, min, max };
}

/** Peels nullable/optional wrappers; says whether null is allowed. */
export function unwrap(schema: core.$ZodType): { inner: core.$ZodType; nullable: boolean } {
  let inner = schema;
  let nullable = false;
  for (;;) {
    if (inner instanceof core.$ZodNullable) {
      nullable = true;
      inner = inner._zod.def.innerType;
    } else if (inner instanceof core.$ZodOptional) {
      inner = inner._zod.def.innerType;
    } else {
      return { inner, nullable };
    }
  }
}

/** Every field of an object schema, depth-first, including fields of objects inside arrays. */
export function schemaFields(schema: core.$ZodType, prefix = ''): SchemaField[] {
  const { inner } = unwrap(schema);
  if (!(inner instanceof core.$ZodObject)) return [];
  const fields: SchemaField[] = [];
  for (const [key, value] of Object.entries<core.$ZodType>(inner._zod.def.shape)) {
    const path = prefix ? `${prefix}.${key}` : key;
    const { inner: field, nullable } = unwrap(value);
    fields.push({ path, schema: field, nullable });
    if (field instanceof core.$ZodObject) fields.push(...schemaFields(field, path));
    if (field instanceof core.$ZodArray) fields.push(...schemaFields(field._zod.def.element, `${path}[]`));
  }
  return fields;
}

/** The top-level keys of an object schema. */
export function schemaKeys(schema: core.$ZodType): string[] {
  const { inner } = unwrap(schema);
  return inner instanceof core.$ZodObject ? Object.keys(inner._zod.def.shape) : [];
}

/** The bound a string field's schema enforces, or null when only a regex shape bounds it. */
export function stringMax(schema: core.$ZodType): number | null {
  return schema instanceof core.$ZodString ? lengthBounds(schema).max : null;
}

/** Names for the shared primitives, so the docs say "hostname" rather than repeat a regex. */
const NAMED = new Map<core.$ZodType, string>([
  [ToolIdSchema, 'tool id'],
  [HostnameSchema, 'hostname'],
  [UrlPrefixSchema, 'URL prefix'],
  [ExtensionIdSchema, 'extension id'],
  [EventIdSchema, 'UUIDv7'],
  [TimestampSchema, 'epoch ms'],
  [DaySchema, 'day'],
  [Sha256Schema, 'SHA-256 hex'],
  [EmailSchema, 'email'],
]);

const TEXT_RE_SOURCE = textSchema(1)
  ._zod.def.checks?.map((c) => (c._zod.def as { pattern?: RegExp }).pattern?.source)
  .find(Boolean);

/** A short, stable type description used in the docs' field tables: `text ≤ 120`, `integer 0–86400`. */
export function describeType(schema: core.$ZodType): string {
  const { inner, nullable } = unwrap(schema);
  const base = describeInner(inner);
  return nullable ? `${base} or null` : base;
}

function describeInner(s: core.$ZodType): string {
  const named = NAMED.get(s);
  if (named) return named;
  if (s instanceof core.$ZodStringFormat) return s._zod.def.format ?? 'string';
  if (s instanceof core.$ZodString) {
    const isText = (s._zod.def.checks ?? []).some(
      (c) => (c._zod.def as { pattern?: RegExp }).pattern?.source === TEXT_RE_SOURCE,
    );
    const parts = [isText ? 'text' : 'string'];
    const { min, max } = lengthBounds(s);
    if (min !== null && min > 0) parts.push(`${min}–${max ?? '∞'}`);
    else if (max !== null) parts.push(`≤ ${max}`);
    return parts.join(' ');
  }
  if (s instanceof core.$ZodNumber) {
    const bounds = numberBounds(s);
    const kind = bounds.isInt ? 'integer' : 'number';
    const lo = Number.isSafeInteger(bounds.min) ? bounds.min : null;
    const hi = bounds.max < Number.MAX_SAFE_INTEGER ? bounds.max : null;
    if (lo !== null && hi !== null) return `${kind} ${lo}–${hi}`;
    if (lo !== null) return `${kind} ≥ ${lo}`;
    if (hi !== null) return `${kind} ≤ ${hi}`;
    return kind;
  }
  if (s instanceof core.$ZodBoolean) return 'boolean';
  if (s instanceof core.$ZodLiteral) return [...s._zod.def.values].map((v) => JSON.stringify(v)).join(' | ');
  if (s instanceof core.$ZodEnum)
    return Object.values(s._zod.def.entries)
      .map((o) => `\`${String(o)}\``)
      .join(' | ');
  if (s instanceof core.$ZodArray) {
    const max = arrayMax(s);
    const element = unwrap(s._zod.def.element).inner;
    const of = element instanceof core.$ZodEnum ? 'values' : `${describeInner(element)}`;
    return `array of ${of}${max === null ? '' : ` (≤ ${max})`}`;
  }
  if (s instanceof core.$ZodObject) return 'object';
  if (s instanceof core.$ZodDiscriminatedUnion) return 'event';
  return s._zod.def.type;
}

/** The maximum length of an array schema (`.max(n)`), read from its checks. */
export function arrayMax(s: core.$ZodArray): number | null {
  for (const check of s._zod.def.checks ?? []) {
    const def = check._zod.def as { check: string; maximum?: number };
    if (def.check === 'max_length' && typeof def.maximum === 'number') return def.maximum;
  }
  return null;
}

/** Top-level string fields of an object schema that carry an explicit length bound. */
export function boundedStrings(schema: core.$ZodType): { path: string; max: number }[] {
  return schemaFields(schema).flatMap((f) => {
    const max = stringMax(f.schema);
    return !f.path.includes('.') && !f.path.includes('[]') && max !== null ? [{ path: f.path, max }] : [];
  });
}

/**
 * The rows of a documentation field table: every field with its type. Options of a discriminated
 * union are merged (a field typed differently per option lists each type). `deep: false` keeps
 * only top-level fields, for objects whose nested parts have tables of their own.
 */
export function fieldRows(schema: core.$ZodType, deep = true): { path: string; type: string }[] {
  const options = schema instanceof core.$ZodDiscriminatedUnion ? schema._zod.def.options : [schema];
  const rows = new Map<string, string[]>();
  for (const option of options) {
    for (const f of schemaFields(option)) {
      if (!deep && (f.path.includes('.') || f.path.includes('[]'))) continue;
      const type = describeType(f.nullable ? nullable(f.schema) : f.schema);
      const types = rows.get(f.path) ?? [];
      if (!types.includes(type)) types.push(type);
      rows.set(f.path, types);
    }
  }
  return [...rows].map(([path, types]) => ({ path, type: types.join(' | ') }));
}
