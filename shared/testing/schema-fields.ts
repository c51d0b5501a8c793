import { z } from 'zod';
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
  schema: z.ZodType;
  nullable: boolean;
}

/** Peels nullable/optional wrappers; says whether null is allowed. */
export function unwrap(schema: z.ZodType): { inner: z.ZodType; nullable: boolean } {
  let inner = schema;
  let nullable = false;
  for (;;) {
    if (inner instanceof z.ZodNullable) {
      nullable = true;
      inner = inner.unwrap() as z.ZodType;
    } else if (inner instanceof z.ZodOptional) {
      inner = inner.unwrap() as z.ZodType;
    } else {
      return { inner, nullable };
    }
  }
}

/** Every field of an object schema, depth-first, including fields of objects inside arrays. */
export function schemaFields(schema: z.ZodType, prefix = ''): SchemaField[] {
  const { inner } = unwrap(schema);
  if (!(inner instanceof z.ZodObject)) return [];
  const fields: SchemaField[] = [];
  for (const [key, value] of Object.entries<z.ZodType>(inner.shape)) {
    const path = prefix ? `${prefix}.${key}` : key;
    const { inner: field, nullable } = unwrap(value);
    fields.push({ path, schema: field, nullable });
    if (field instanceof z.ZodObject) fields.push(...schemaFields(field, path));
    if (field instanceof z.ZodArray) fields.push(...schemaFields(field.element as z.ZodType, `${path}[]`));
  }
  return fields;
}

/** The top-level keys of an object schema. */
export function schemaKeys(schema: z.ZodType): string[] {
  const { inner } = unwrap(schema);
  return inner instanceof z.ZodObject ? Object.keys(inner.shape) : [];
}

/** The bound a string field's schema enforces, or null when only a regex shape bounds it. */
export function stringMax(schema: z.ZodType): number | null {
  return schema instanceof z.ZodString ? schema.maxLength : null;
}

/** Names for the shared primitives, so the docs say "hostname" rather than repeat a regex. */
const NAMED = new Map<z.ZodType, string>([
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
export function describeType(schema: z.ZodType): string {
  const { inner, nullable } = unwrap(schema);
  const base = describeInner(inner);
  return nullable ? `${base} or null` : base;
}

function describeInner(s: z.ZodType): string {
  const named = NAMED.get(s);
  if (named) return named;
  if (s instanceof z.ZodStringFormat) return s.format ?? 'string';
  if (s instanceof z.ZodString) {
    const isText = (s._zod.def.checks ?? []).some(
      (c) => (c._zod.def as { pattern?: RegExp }).pattern?.source === TEXT_RE_SOURCE,
    );
    const parts = [isText ? 'text' : 'string'];
    if (s.minLength !== null && s.minLength > 0) parts.push(`${s.minLength}–${s.maxLength ?? '∞'}`);
    else if (s.maxLength !== null) parts.push(`≤ ${s.maxLength}`);
    return parts.join(' ');
  }
  if (s instanceof z.ZodNumber) {
    const kind = s.isInt ? 'integer' : 'number';
    const lo = s.minValue !== null && Number.isSafeInteger(s.minValue) ? s.minValue : null;
    const hi = s.maxValue !== null && s.maxValue < Number.MAX_SAFE_INTEGER ? s.maxValue : null;
    if (lo !== null && hi !== null) return `${kind} ${lo}–${hi}`;
    if (lo !== null) return `${kind} ≥ ${lo}`;
    if (hi !== null) return `${kind} ≤ ${hi}`;
    return kind;
  }
  if (s instanceof z.ZodBoolean) return 'boolean';
  if (s instanceof z.ZodLiteral) return [...s.values].map((v) => JSON.stringify(v)).join(' | ');
  if (s instanceof z.ZodEnum) return s.options.map((o) => `\`${String(o)}\``).join(' | ');
  if (s instanceof z.ZodArray) {
    const max = arrayMax(s);
    const element = unwrap(s.element as z.ZodType).inner;
    const of = element instanceof z.ZodEnum ? 'values' : `${describeInner(element)}`;
    return `array of ${of}${max === null ? '' : ` (≤ ${max})`}`;
  }
  if (s instanceof z.ZodObject) return 'object';
  if (s instanceof z.ZodDiscriminatedUnion) return 'event';
  return s.type;
}

/** The maximum length of an array schema (`.max(n)`), read from its checks. */
export function arrayMax(s: z.ZodArray): number | null {
  for (const check of s._zod.def.checks ?? []) {
    const def = check._zod.def as { check: string; maximum?: number };
    if (def.check === 'max_length' && typeof def.maximum === 'number') return def.maximum;
  }
  return null;
}

/** Top-level string fields of an object schema that carry an explicit length bound. */
export function boundedStrings(schema: z.ZodType): { path: string; max: number }[] {
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
export function fieldRows(schema: z.ZodType, deep = true): { path: string; type: string }[] {
  const options = schema instanceof z.ZodDiscriminatedUnion ? (schema.options as z.ZodType[]) : [schema];
  const rows = new Map<string, string[]>();
  for (const option of options) {
    for (const f of schemaFields(option)) {
      if (!deep && (f.path.includes('.') || f.path.includes('[]'))) continue;
      const type = describeType(f.nullable ? f.schema.nullable() : f.schema);
      const types = rows.get(f.path) ?? [];
      if (!types.includes(type)) types.push(type);
      rows.set(f.path, types);
    }
  }
  return [...rows].map(([path, types]) => ({ path, type: types.join(' | ') }));
}
