// Hostname keys, fronted by two small bitsets of suffix hashes. A lookup hashes the visited hostname
// once from the right, label by label. At each label boundary it stops as soon as no stored hostname
// ends with the suffix read so far (`reach`: an unknown registrable domain ends the walk without
// reading its subdomains), and probes the key table (in place: no substring, no second hash) only when
// `bits` says a stored hostname may be exactly that suffix. Most navigations are not to AI tools, so
// most lookups finish with a few bit tests, no allocation, and a cost that does not grow with the catalog.

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
/** Bits per stored key: ~6% false positives per probe, and small enough to stay in cache at 10x the catalog. */
const BITS_PER_KEY = 16;
/**
 * `reach` has an eighth of the bits: every lookup of an unknown site reads it at a random place, so
 * it must stay in cache (2 KB today, 16 KB at 10x the catalog); a false positive there only costs
 * reading one more label. A quarter measured ~5% slower at 10x, a sixteenth slower at both sizes.
 */
const REACH_SHIFT = 3;

/** Hash step over one character; applied from the last character of a hostname towards the first. */
const step = (hash: number, code: number) => Math.imul(hash ^ code, FNV_PRIME);
/** Spreads the hash before taking low bits, so similar suffixes do not share a bit. */
const bitOf = (hash: number, mask: number) => (hash ^ (hash >>> 15)) & mask;

/** A slot from the hash's top bits (Fibonacci hashing), independent of the bits `bitOf` takes. */
const slotOf = (hash: number, shift: number) => Math.imul(hash, 0x9e3779b1) >>> shift;

const setBit = (bits: Uint32Array, bit: number) => {
  bits[bit >>> 5]! |= 1 << (bit & 31);
};

export class SuffixIndex<T> {
  private readonly map = new Map<string, T>();
  private bits = new Uint32Array(1);
  private mask = 31;
  /** Every suffix of every key on a label boundary ("com", "openai.com", "chat.openai.com"). */
  private reach = new Uint32Array(1);
  private reachMask = 31;
  /**
   * The sealed keys in open addressing: (hash, entry + 1) pairs, 0 for an empty slot. A probe compares
   * the hash it already has and then the key in place, so a hit neither copies nor rehashes a suffix
   * and touches no other key's string (the Map's buckets and chains are cold at 10x the catalog).
   */
  private table = new Int32Array(2);
  private slotShift = 31;
  private entryKeys: string[] = [];
  private entryValues: T[] = [];
  /** Where, in the text passed to `longest`, the key it returned starts. */
  matchStart = 0;
  /** The entry stored for the whole hostname passed to `longest`, if any (whether accepted or not). */
  exact: T | undefined = undefined;

  get size(): number {
    return this.map.size;
  }

  get(key: string): T | undefined {
    return this.map.get(key);
  }

  keys(): IterableIterator<string> {
    return this.map.keys();
  }

  /** Stores or replaces a key; call `seal` once every key is in. */
  set(key: string, value: T): void {
    this.map.set(key, value);
  }

  /** Builds the bitsets and the probe table. Keys added later are found only after sealing again. */
  seal(): void {
    let bitCount = 1024;
    while (bitCount < this.map.size * BITS_PER_KEY) bitCount *= 2;
    const mask = bitCount - 1;
    const bits = new Uint32Array(bitCount >>> 5);
    // Keys share their top-level domains and are mostly registrable domains (5,727 distinct suffixes
    // for the catalog's 5,126 keys), so `reach` holds 2-4 bits per suffix: ~30% false positives.
    const reachMask = (bitCount >>> REACH_SHIFT) - 1;
    const reach = new Uint32Array(bitCount >>> (5 + REACH_SHIFT));
    // At most 3/4 of the slots used, so probes stay short.
    let slotBits = 1;
    while (1 << slotBits < (this.map.size * 4) / 3) slotBits++;
    const slotShift = 32 - slotBits;
    const slotMask = (1 << slotBits) - 1;
    const table = new Int32Array(2 << slotBits);
    const entryKeys: string[] = [];
    const entryValues: T[] = [];
    for (const [key, value] of this.map) {
      let hash = FNV_OFFSET;
      for (let i = key.length - 1; i >= 0; i--) {
        hash = step(hash, key.charCodeAt(i));
        if (i === 0 || key.charCodeAt(i - 1) === 46 /* . */) setBit(reach, bitOf(hash, reachMask));
      }
      setBit(bits, bitOf(hash, mask));
      let slot = slotOf(hash, slotShift);
      while (table[2 * slot + 1] !== 0) slot = (slot + 1) & slotMask;
      table[2 * slot] = hash;
      table[2 * slot + 1] = entryKeys.push(key);
      entryValues.push(value);
    }
    this.bits = bits;
    this.mask = mask;
    this.reach = reach;
    this.reachMask = reachMask;
    this.table = table;
    this.slotShift = slotShift;
    this.entryKeys = entryKeys;
    this.entryValues = entryValues;
  }

  /** The sealed entry whose key is exactly `text[from..end)`, whose hash is `hash`. */
  private find(text: string, from: number, end: number, hash: number): T | undefined {
    const { table, entryKeys } = this;
    const slotMask = (table.length >>> 1) - 1;
    for (let slot = slotOf(hash, this.slotShift); ; slot = (slot + 1) & slotMask) {
      const entry = table[2 * slot + 1]!;
      if (entry === 0) return undefined;
      if (table[2 * slot] !== hash) continue;
      const key = entryKeys[entry - 1]!;
      if (key.length === end - from && text.startsWith(key, from)) return this.entryValues[entry - 1];
    }
  }

  /**
   * The entry for the longest suffix of `text[start..end)`, on a label boundary, that `accept` takes;
   * sets `matchStart` to where that suffix begins and `exact` to the whole hostname's entry.
   */
  longest(text: string, start: number, end: number, accept: (value: T) => boolean): T | undefined {
    const { bits, mask, reach, reachMask } = this;
    let found: T | undefined;
    this.exact = undefined;
    let hash = FNV_OFFSET;
    for (let i = end - 1; i >= start; i--) {
      hash = step(hash, text.charCodeAt(i));
      if (i !== start && text.charCodeAt(i - 1) !== 46 /* . */) continue;
      const r = bitOf(hash, reachMask);
      if ((reach[r >>> 5]! & (1 << (r & 31))) === 0) break; // no key ends with this suffix: none is longer
      const bit = bitOf(hash, mask);
      if ((bits[bit >>> 5]! & (1 << (bit & 31))) === 0) continue;
      const value = this.find(text, i, end, hash);
      if (value === undefined) continue;
      if (i === start) this.exact = value;
      // Walking leftwards, each later hit is a longer suffix, so it wins.
      if (accept(value)) {
        found = value;
        this.matchStart = i;
      }
    }
    return found;
  }
}
