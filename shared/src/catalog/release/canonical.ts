/**
 * The bytes a catalog release's signature covers: JSON with object keys sorted at every depth and no
 * whitespace, so a publisher and every verifier serialise the same document identically whatever
 * order its keys were written in. Only the value types a release holds occur (strings, integers,
 * booleans, null, arrays, objects); `undefined` members are left out as JSON.stringify does.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') {
    if (typeof value === 'number' && !Number.isFinite(value)) throw new Error('not a finite number');
    return JSON.stringify(value);
  }
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const keys = Object.keys(value)
    .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
    .sort();
  const body = keys.map(
    (k) => `${JSON.stringify(k)}:${canonicalJson((value as Record<string, unknown>)[k])}`,
  );
  return `{${body.join(',')}}`;
}
