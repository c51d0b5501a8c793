// A Map keyed by hostname, fronted by a small bitset of suffix hashes. A lookup hashes the visited
// hostname once from the right, label by label, and only touches the Map (and copies a suffix string)
// when the bitset says a stored hostname may end there. Most navigations are not to AI tools, so most
// lookups finish with a few bit tests, no allocation, and a cost that does not grow with the catalog.

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
/** Bits per stored key: ~6% false positives per probe, and small enough to stay in cache at 10x the catalog. */
const BITS_PER_KEY = 16;

/** Hash step over one character; applied from the last character of a hostname towards the first. */
const step = (hash: number, code: number) => Math.imul(hash ^ code, FNV_PRIME);
/** Spreads the hash before taking low bits, so similar suffixes do not share a bit. */
const bitOf = (hash: number, mask: number) => (hash ^ (hash >>> 15)) & mask;

export class SuffixIndex<T> {
  private readonly map = new Map<string, T>();
  private bits = new Uint32Array(1);
  private mask = 31;
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

  /** Builds the bitset. Keys added later are found only after sealing again. */
  seal(): void {
    let bitCount = 1024;
    while (bitCount < this.map.size * BITS_PER_KEY) bitCount *= 2;
    this.bits = new Uint32Array(bitCount >>> 5);
    this.mask = bitCount - 1;
    for (const key of this.map.keys()) {
      let hash = FNV_OFFSET;
      for (let i = key.length - 1; i >= 0; i--) hash = step(hash, key.charCodeAt(i));
      const bit = bitOf(hash, this.mask);
      this.bits[bit >>> 5]! |= 1 << (bit & 31);
    }
  }

  /**
   * The entry for the longest suffix of `text[start..end)`, on a label boundary, that `accept` takes;
   * sets `matchStart` to where that suffix begins and `exact` to the whole hostname's entry.
   */
  longest(text: string, start: number, end: number, accept: (value: T) => boolean): T | undefined {
    const { bits, mask, map } = this;
    let found: T | undefined;
    this.exact = undefined;
    let hash = FNV_OFFSET;
    for (let i = end - 1; i >= start; i--) {
      hash = step(hash, text.charCodeAt(i));
      if (i !== start && text.charCodeAt(i - 1) !== 46 /* . */) continue;
      const bit = bitOf(hash, mask);
      if ((bits[bit >>> 5]! & (1 << (bit & 31))) === 0) continue;
      const value = map.get(i === 0 && end === text.length ? text : text.slice(i, end));
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
