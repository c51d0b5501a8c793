/**
 * The bytes a catalog release's signature covers: JSON with object keys sorted at every depth and no
 * whitespace, so a publisher and every verifier serialise the same document identically whatever
 * order its keys were written in. Only the value types a release holds occur (strings, integers,
 * booleans, null, arrays, objects); `undefined` members are left out as JSON.stringify does.
 *
 * A browser computes this over every release it takes (10 MB at 10× today's catalog), so the work is
 * done by the engine's own JSON.stringify: the document is copied with each object's keys inserted in
 * sorted order (objects and arrays already in that form are reused, not copied), then serialised once.
 * Building the text piece by piece instead cost ~400 ms and as much again in garbage collection.
 */
export function canonicalJson(value: unknown): string {
  const sorted = sortedCopy(value, 0);
  return sorted === UNSORTABLE ? canonicalJsonSlow(value) : JSON.stringify(sorted);
}

/** Returned when JSON.stringify would not keep insertion order (index-like keys) or calls `toJSON`. */
const UNSORTABLE = Symbol('unsortable');

/** `value` with every object's keys in sorted insertion order; the same object when already so. */
function sortedCopy(value: unknown, depth: number): unknown {
  if (value === null || typeof value !== 'object') {
    if (typeof value === 'number' && !Number.isFinite(value)) throw new Error('not a finite number');
    return value;
  }
  if (Array.isArray(value)) return sortedArray(value, depth + 1);
  if (typeof (value as { toJSON?: unknown }).toJSON === 'function') return UNSORTABLE;
  return sortedObject(value as Record<string, unknown>, depth + 1);
}

function sortedArray(list: readonly unknown[], depth: number): unknown {
  let copy: unknown[] | undefined;
  for (let i = 0; i < list.length; i++) {
    const item = list[i];
    const sorted = sortedCopy(item, depth);
    if (sorted === UNSORTABLE) return UNSORTABLE;
    if (sorted !== item) (copy ??= list.slice())[i] = sorted;
  }
  return copy ?? list;
}

/**
 * The last key list seen at each depth and its sorted form: a release's 20,000 tools (and their
 * supplier facts) all have the same keys in the same order, so each list is checked and sorted once.
 */
const seen: { keys: string[]; sorted: string[] | null; inOrder: boolean }[] = [];

function sameKeys(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** The keys in sorted order, or null when JSON.stringify would not keep an insertion order. */
function orderOf(keys: string[], depth: number): { sorted: string[] | null; inOrder: boolean } {
  const cached = seen[depth];
  if (cached !== undefined && sameKeys(cached.keys, keys)) return cached;
  let inOrder = true;
  let sorted: string[] | null = keys;
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i]!;
    // An array-index key ("0", "12") is always serialised first, whatever the insertion order, and
    // assigning "__proto__" (JSON.parse makes it an own member) would set the copy's prototype.
    const first = key.charCodeAt(0);
    if ((first >= 48 && first <= 57) || key === '__proto__') sorted = null;
    else if (i > 0 && keys[i - 1]! > key) inOrder = false;
  }
  if (sorted !== null && !inOrder) sorted = [...keys].sort();
  const entry = { keys, sorted, inOrder };
  if (depth < 64) seen[depth] = entry;
  return entry;
}

function sortedObject(object: Record<string, unknown>, depth: number): unknown {
  const keys = Object.keys(object);
  const { sorted, inOrder } = orderOf(keys, depth);
  if (sorted === null) return UNSORTABLE;
  let copy: Record<string, unknown> | undefined = inOrder ? undefined : {};
  for (let i = 0; i < sorted.length; i++) {
    const key = sorted[i]!;
    const item = object[key];
    const value = sortedCopy(item, depth);
    if (value === UNSORTABLE) return UNSORTABLE;
    if (copy === undefined && value !== item) {
      // Already in order until a member that changed: copy the members before it as they are.
      copy = {};
      for (let j = 0; j < i; j++) copy[sorted[j]!] = object[sorted[j]!];
    }
    if (copy !== undefined) copy[key] = value;
  }
  return copy ?? object;
}

/** The definition, piece by piece: for the documents the fast path cannot take. */
function canonicalJsonSlow(value: unknown): string {
  if (value === null || typeof value !== 'object') {
    if (typeof value === 'number' && !Number.isFinite(value)) throw new Error('not a finite number');
    return JSON.stringify(value);
  }
  if (Array.isArray(value)) return `[${value.map(canonicalJsonSlow).join(',')}]`;
  const keys = Object.keys(value)
    .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
    .sort();
  const body = keys.map(
    (k) => `${JSON.stringify(k)}:${canonicalJsonSlow((value as Record<string, unknown>)[k])}`,
  );
  return `{${body.join(',')}}`;
}

/** Exposed for the equivalence test only. */
export const canonicalJsonForTests = { slow: canonicalJsonSlow };
