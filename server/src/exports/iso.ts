/** Epoch milliseconds (a bigint-ish string on PostgreSQL) as ISO 8601, or null: how exports write times. */
export const iso = (ms: number | string | null) => (ms === null ? null : new Date(Number(ms)).toISOString());
