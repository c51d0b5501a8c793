/**
 * Numbers read back from a row. Kysely types aggregates as `string | number | bigint`, and a
 * connection opened without connect.ts's type parsers gets PostgreSQL's int8 and numeric as text;
 * every value Lantern stores is far below 2^53, so `Number` is exact.
 */

/** A count, sum or epoch ms; absent (no row, a null sum) reads as 0. */
export const num = (v: unknown): number => Number(v ?? 0);

/** A nullable column (an optional time, a score): null or absent stays null. */
export const numOrNull = (v: unknown): number | null => (v === null || v === undefined ? null : Number(v));
