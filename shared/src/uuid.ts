/**
 * UUIDv7 (RFC 9562): 48-bit Unix ms timestamp, a counter, then random bits. Time-ordered, so events
 * sort by creation and index well. Uses Web Crypto, present in browsers, workers and Node ≥ 19.
 *
 * Ids made in one process for the same millisecond sort in the order they were made (RFC 9562
 * §6.2 method 1): below the timestamp sits a 26-bit counter (rand_a and the top of rand_b), which
 * starts at a random value under 2^24 for a new millisecond and counts up from there. Records that
 * tie on their time (two decisions in one millisecond) then still come back in the order written.
 */
export function uuidv7(now: number = Date.now()): string {
  const bytes = new Uint8Array(16);
  globalThis.crypto.getRandomValues(bytes);
  let ms = Math.max(0, Math.floor(now));
  let counter = nextCounter(ms, ((bytes[6]! << 16) | (bytes[7]! << 8) | bytes[8]!) & COUNTER_START_MASK);
  // Past the counter's end (tens of millions of ids in one millisecond): borrow the next one.
  while (counter > COUNTER_MAX) counter = nextCounter(++ms, 0);
  for (let i = 5, ts = ms; i >= 0; i--) {
    bytes[i] = ts % 256;
    ts = Math.floor(ts / 256);
  }
  bytes[6] = 0x70 | ((counter >>> 22) & 0x0f);
  bytes[7] = (counter >>> 14) & 0xff;
  bytes[8] = 0x80 | ((counter >>> 8) & 0x3f);
  bytes[9] = counter & 0xff;
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** The creation time encoded in a UUIDv7. */
export function uuidv7Time(id: string): number {
  return parseInt(id.replace(/-/g, '').slice(0, 12), 16);
}

/**
 * The smallest id string of a millisecond: every lower-case UUIDv7 made earlier sorts before it, and
 * every one made at or after it sorts after (the time is the id's first 48 bits, in hex).
 */
export function uuidv7Floor(ms: number): string {
  const hex = Math.max(0, Math.floor(ms)).toString(16).padStart(12, '0');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-0000-0000-000000000000`;
}

const COUNTER_MAX = 2 ** 26 - 1;
/** A new millisecond's counter starts below 2^24, leaving at least 2^26 − 2^24 ids of room. */
const COUNTER_START_MASK = 2 ** 24 - 1;
/**
 * The last counter handed out for each recent millisecond. Several, not one: callers pass their own
 * time (a transaction's clock read before it waited for a lock, a seed writing past days), so the
 * milliseconds asked for interleave; each keeps counting up while it is among the recent ones.
 */
const counters = new Map<number, number>();
const RECENT_MILLISECONDS = 64;

function nextCounter(ms: number, start: number): number {
  const previous = counters.get(ms);
  const counter = previous === undefined ? start : previous + 1;
  counters.delete(ms); // re-inserted last: the map's order is then least recently used first
  counters.set(ms, counter);
  if (counters.size > RECENT_MILLISECONDS) counters.delete(counters.keys().next().value!);
  return counter;
}
