// A plain-function check derived from a zod schema, for documents too large for zod's per-value cost:
// a 10× catalog release holds 20,000 tools and ~600,000 values, which zod took ~200 ms of CPU to
// walk. The check is built from the schema's own definition — its types, its length bounds, the same
// regular expressions and refinement functions — so it cannot drift from it, and it only ever says
// "valid" or "ask zod": a value it passes is one zod accepts unchanged (only strict objects with
// required or plainly optional keys, no transforms), and zod still parses everything else and names the problem.
import type { core } from 'zod/mini';

/** true: zod would accept the value and return a copy equal to it; false: it may not, ask zod. */
export type Proof = (value: unknown) => boolean;

interface Def {
  type: string;
  checks?: readonly { _zod: { def: CheckDef } }[];
  coerce?: boolean;
  innerType?: core.$ZodType;
  element?: core.$ZodType;
  shape?: Record<string, core.$ZodType>;
  catchall?: core.$ZodType;
}
interface CheckDef {
  check: string;
  format?: string;
  pattern?: RegExp;
  minimum?: number;
  maximum?: number;
  fn?: (value: unknown) => unknown;
}

const defOf = (schema: core.$ZodType) => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** Code points, as zod measures a string's length (a lone surrogate counts as one). */
function codePoints(text: string): number {
  let count = text.length;
  for (let i = 0; i < text.length - 1; i++) {
    if ((text.charCodeAt(i) & 0xfc00) === 0xd800 && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      count--;
      i++;
    }
  }
  return count;
}

/** One of a schema's checks as a predicate; null for a kind this file does not know (or that rewrites). */
function checkOf(def: CheckDef): Proof | null {
  switch (def.check) {
    case 'min_length': {
      const min = def.minimum!;
      return (v) => {
        const units = (v as string).length;
        // Twice the floor in UTF-16 units is at least the floor in code points.
        if (units < min || typeof v !== 'string' || units >= min * 2) return units >= min;
        return codePoints(v) >= min;
      };
    }
    case 'max_length': {
      // UTF-16 units are never fewer than code points: within the bound in units is within it for zod.
      const max = def.maximum!;
      return (v) => (v as string).length <= max;
    }
    case 'string_format': {
      const pattern = def.pattern;
      if (def.format !== 'regex' || !(pattern instanceof RegExp)) return null;
      return (v) => {
        pattern.lastIndex = 0;
        return pattern.test(v as string);
      };
    }
    case 'custom': {
      const fn = def.fn;
      if (typeof fn !== 'function') return null;
      return (v) => {
        const result = fn(v);
        return !(result instanceof Promise) && Boolean(result);
      };
    }
    default:
      return null;
  }
}

/** The value's type test, before its checks; null for a type this file does not know. */
function typeOf(def: Def): Proof | null {
  if (def.coerce) return null;
  switch (def.type) {
    case 'string':
      return (v) => typeof v === 'string';
    case 'boolean':
      return (v) => typeof v === 'boolean';
    case 'enum':
    case 'literal':
      return null; // resolved by the caller, which holds the schema's value set
    case 'nullable': {
      const inner = proofOf(def.innerType!);
      return inner && ((v) => v === null || inner(v));
    }
    case 'array':
      return arrayProof(def);
    case 'object':
      return objectProof(def);
    default:
      return null;
  }
}

function arrayProof(def: Def): Proof | null {
  const element = proofOf(def.element!);
  if (element === null) return null;
  return (v) => {
    if (!Array.isArray(v)) return false;
    for (let i = 0; i < v.length; i++) if (!element(v[i])) return false;
    return true;
  };
}

/**
 * Strict objects whose members are required or plainly optional (`z.optional(x)`, no default): the only
 * kinds zod returns unchanged. An optional member may be absent; when present it must pass its inner
 * proof (an explicit `undefined` is left to zod).
 */
function objectProof(def: Def): Proof | null {
  const shape = def.shape!;
  if (def.catchall === undefined || defOf(def.catchall).type !== 'never') return null;
  if (Object.getOwnPropertySymbols(shape).length > 0) return null;
  const members = new Map<string, Proof>();
  const optional = new Set<string>();
  for (const key of Object.keys(shape)) {
    let member = shape[key]!;
    const zod = (member as unknown as { _zod: { optin?: string; optout?: string } })._zod;
    if (zod.optin !== undefined) {
      // Only a bare optional: a default, prefault or catch would rewrite the value.
      if (defOf(member).type !== 'optional' || zod.optout !== 'optional') return null;
      member = defOf(member).innerType!;
      if ((member as unknown as { _zod: { optin?: string } })._zod.optin !== undefined) return null;
      optional.add(key);
    }
    const proof = proofOf(member);
    if (proof === null || key === '__proto__') return null;
    members.set(key, proof);
  }
  const required = members.size - optional.size;
  return (v) => {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
    let count = 0;
    for (const key in v) {
      const member = members.get(key);
      if (member === undefined || !member((v as Record<string, unknown>)[key])) return false;
      if (!optional.has(key)) count++;
    }
    return count === required;
  };
}

/** The proof for a schema, or null when it uses anything this file does not know. */
export function proofOf(schema: core.$ZodType): Proof | null {
  const def = defOf(schema);
  const values = (schema as unknown as { _zod: { values?: ReadonlySet<unknown> } })._zod.values;
  const type =
    (def.type === 'enum' || def.type === 'literal') && values instanceof Set
      ? (v: unknown) => values.has(v)
      : typeOf(def);
  if (type === null) return null;
  const checks: Proof[] = [];
  for (const check of def.checks ?? []) {
    const proof = checkOf(check._zod.def);
    if (proof === null) return null;
    checks.push(proof);
  }
  if (checks.length === 0) return type;
  return (v) => {
    if (!type(v)) return false;
    for (const check of checks) if (!check(v)) return false;
    return true;
  };
}
