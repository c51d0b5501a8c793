import type { core } from 'zod';

/**
 * A yes-or-don't-know check compiled from a shared zod schema, for the hottest input on the server:
 * the events of `sync.push` (docs/performance.md, "Where an ingested event's CPU goes"). zod's
 * generic walk builds an issue list, a fresh output object and a payload per field for every event;
 * most pushes are valid, and for those a plain predicate over the parsed JSON says so for a fraction
 * of that.
 *
 * The zod schema stays the one definition of the wire format: the predicate is built from its
 * definition (the same regular expressions, bounds, enums and refinements, read from the schema),
 * and answers `true` only for a value zod accepts unchanged. Anything it does not understand, and
 * every value it does not accept, is "don't know": the caller then runs the zod schema itself, so a
 * refusal's message and field paths are zod's, exactly as before. compiled-schema.test.ts holds the
 * two equal on random valid and invalid pushes.
 */
export type Check = (value: unknown) => boolean;

interface Def {
  type: string;
  checks?: Array<{ _zod: { def: CheckDef } }>;
  shape?: Record<string, Schema>;
  catchall?: Schema;
  element?: Schema;
  innerType?: Schema;
  options?: Schema[];
  discriminator?: string;
  values?: unknown[];
  entries?: Record<string, unknown>;
}

interface CheckDef {
  check: string;
  format?: string;
  pattern?: RegExp;
  minimum?: number;
  maximum?: number;
  value?: number;
  inclusive?: boolean;
  fn?: (value: unknown) => unknown;
}

type Schema = { _zod: { def: Def } };

const NEVER: Check = () => false;

/** The predicate for `schema`; one that is always false when the schema uses what is not understood. */
export function compileSchema(schema: core.$ZodType): Check {
  return compile(schema) ?? NEVER;
}

function compile(schema: Schema): Check | null {
  const def = schema._zod.def;
  const own = typeCheck(def);
  if (own === null) return null;
  const checks = (def.checks ?? []).map((c) => refinement(c._zod.def));
  if (checks.some((c) => c === null)) return null;
  // An array's bounds come before its elements: a batch over the limit is refused without a walk.
  if (def.type === 'array') return withChecks((v) => Array.isArray(v), [...(checks as Check[]), own]);
  return withChecks(own, checks as Check[]);
}

function withChecks(own: Check, checks: readonly Check[]): Check {
  if (checks.length === 0) return own;
  if (checks.length === 1) {
    const [a] = checks as [Check];
    return (v) => own(v) && a(v);
  }
  return (v) => {
    if (!own(v)) return false;
    for (const c of checks) if (!c(v)) return false;
    return true;
  };
}

function typeCheck(def: Def): Check | null {
  switch (def.type) {
    case 'string':
      return (v) => typeof v === 'string';
    case 'number':
      return (v) => typeof v === 'number' && Number.isFinite(v);
    case 'boolean':
      return (v) => typeof v === 'boolean';
    case 'literal': {
      const values = new Set(def.values);
      return (v) => values.has(v);
    }
    case 'enum': {
      const values = new Set(Object.values(def.entries ?? {}));
      return (v) => typeof v === 'string' && values.has(v);
    }
    case 'nullable': {
      const inner = compile(def.innerType!);
      return inner && ((v) => v === null || inner(v));
    }
    case 'optional': {
      const inner = compile(def.innerType!);
      return inner && ((v) => v === undefined || inner(v));
    }
    case 'array':
      return arrayCheck(def);
    case 'object':
      return objectCheck(def);
    case 'union':
      return def.discriminator === undefined ? null : unionCheck(def);
    default:
      return null;
  }
}

function arrayCheck(def: Def): Check | null {
  const element = compile(def.element!);
  if (element === null) return null;
  return (v) => {
    if (!Array.isArray(v)) return false;
    for (const x of v) if (!element(x)) return false;
    return true;
  };
}

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Strict objects only: an object that drops unknown keys would answer with a different value. */
function objectCheck(def: Def): Check | null {
  if (def.catchall?._zod.def.type !== 'never') return null;
  const fields: Array<[string, Check]> = [];
  for (const [key, schema] of Object.entries(def.shape ?? {})) {
    const check = compile(schema);
    if (check === null) return null;
    fields.push([key, check]);
  }
  const known = new Set(fields.map(([key]) => key));
  return (v) => {
    if (!isPlainObject(v)) return false;
    for (const key of Object.keys(v)) if (!known.has(key)) return false;
    for (const [key, check] of fields) if (!check(v[key])) return false;
    return true;
  };
}

function unionCheck(def: Def): Check | null {
  const byTag = new Map<unknown, Check>();
  for (const option of def.options ?? []) {
    const tag = option._zod.def.shape?.[def.discriminator!]?._zod.def;
    if (tag?.type !== 'literal' || tag.values?.length !== 1) return null;
    // An option not understood is "don't know" for its events only.
    byTag.set(tag.values[0], compile(option) ?? NEVER);
  }
  const key = def.discriminator!;
  return (v) => isPlainObject(v) && (byTag.get(v[key]) ?? NEVER)(v);
}

function refinement(c: CheckDef): Check | null {
  switch (c.check) {
    case 'min_length': {
      const min = c.minimum!;
      return (v) => (v as { length: number }).length >= min;
    }
    case 'max_length': {
      const max = c.maximum!;
      return (v) => (v as { length: number }).length <= max;
    }
    case 'string_format':
      // A global or sticky pattern keeps state between tests: left to zod.
      return c.format === 'regex' && c.pattern && !c.pattern.global && !c.pattern.sticky
        ? regexCheck(c.pattern)
        : null;
    case 'number_format':
      return c.format === 'safeint' ? (v) => Number.isSafeInteger(v) : null;
    case 'greater_than': {
      const min = c.value!;
      return c.inclusive ? (v) => (v as number) >= min : (v) => (v as number) > min;
    }
    case 'less_than': {
      const max = c.value!;
      return c.inclusive ? (v) => (v as number) <= max : (v) => (v as number) < max;
    }
    case 'custom':
      return customCheck(c.fn!);
    default:
      return null;
  }
}

function regexCheck(pattern: RegExp): Check {
  return (v) => pattern.test(v as string);
}

/** Strings a refinement accepted, remembered: a push repeats its days and hosts (the shared ones are pure). */
const REMEMBERED = 4096;

function customCheck(fn: (value: unknown) => unknown): Check {
  const accepted = new Set<string>();
  return (v) => {
    if (typeof v === 'string' && accepted.has(v)) return true;
    let ok: boolean;
    try {
      ok = fn(v) === true; // anything but true (a throw, a promise) is left to zod
    } catch {
      return false;
    }
    if (ok && typeof v === 'string') {
      if (accepted.size >= REMEMBERED) accepted.clear();
      accepted.add(v);
    }
    return ok;
  };
}
