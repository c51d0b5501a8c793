import {
  PROTOCOL_VERSION,
  PURPOSE_CATEGORIES,
  catalog,
  uuidv7,
  type PurposeCategory,
  type SyncEvent,
} from '@lantern/shared';

/** Catalog tools people visit, most used first: usage follows a steep popularity curve. */
export const VISITED_TOOLS: readonly string[] = catalog
  .filter((t) => t.domains.length > 0 || t.urlPrefixes.length > 0)
  .map((t) => t.id)
  .slice(0, 40);
if (VISITED_TOOLS.length < 10) throw new Error('bench: the catalog has fewer than 10 visitable tools');

const DAY_MS = 86_400_000;

export function dayOf(at: number): string {
  return new Date(at).toISOString().slice(0, 10);
}

/** A small deterministic PRNG (mulberry32): the same seed gives the same workload every run. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** Zipf-like pick: index 0 is the most popular. */
export function popular(rand: () => number, n: number): number {
  return Math.min(n - 1, Math.floor(n * rand() ** 2.5));
}

export interface PolicyRef {
  version: number;
  sha256: string;
}

/**
 * A device's catch-up batches after time offline: ~90% day totals (device × tool × signal × day, each
 * a new key, walking back one day per 20 keys), ~6% registrations, ~4% policy acknowledgements.
 */
export class CatchUpBatches {
  private keyCounter = 0;
  private readonly rand: () => number;
  /**
   * When the device recorded its next event. The extension names an event `uuidv7(now)` when it
   * records it and sends its outbox in id order (extension/src/db/aggregates.ts, db/outbox.ts), so
   * a device's ids rise from one event to the next and from one batch to the next, whatever times
   * the events themselves carry. Until session 26 the ids were made from the events' random times,
   * which spread each batch over the whole of the device's range in `seen_events`' key.
   */
  private recordedAt: number;

  constructor(
    seed: number,
    private readonly policy: PolicyRef,
    private readonly now = Date.now(),
  ) {
    this.rand = prng(seed);
    this.recordedAt = now - 3_600_000;
  }

  /** The next event's id: one second after the previous one's (at most ~3,600 events an hour back). */
  private nextId(): string {
    this.recordedAt = Math.min(this.recordedAt + 1000, this.now);
    return uuidv7(this.recordedAt);
  }

  next(size: number): SyncEvent[] {
    const events: SyncEvent[] = [];
    for (let j = 0; j < size; j++) {
      const at = this.now - Math.floor(this.rand() * 3_600_000);
      const roll = this.rand();
      const toolId = VISITED_TOOLS[popular(this.rand, VISITED_TOOLS.length)]!;
      if (roll < 0.06) {
        const purposeCategory: PurposeCategory = PURPOSE_CATEGORIES[j % PURPOSE_CATEGORIES.length]!;
        events.push({
          id: this.nextId(),
          at,
          kind: 'registration',
          toolId,
          purposeCategory,
          purposeText: 'Drafting and summarising internal documents',
          dataClasses: ['internal'],
          affectsPeople: false,
        });
      } else if (roll < 0.1) {
        events.push({
          id: this.nextId(),
          at,
          kind: 'acknowledgement',
          policyVersion: this.policy.version,
          policySha256: this.policy.sha256,
          toolId: null,
          conditionsSha256: null,
        });
      } else {
        const k = this.keyCounter++;
        events.push({
          id: this.nextId(),
          at,
          kind: 'usage',
          toolId: VISITED_TOOLS[k % 20]!,
          signal: k % 10 === 9 ? 'extension' : 'visit',
          day: dayOf(this.now - Math.floor(k / 20) * DAY_MS),
          visits: 1 + Math.floor(this.rand() * 30),
          activeSeconds: Math.floor(this.rand() * 7200),
        });
      }
    }
    return events;
  }
}

export function pushBody(events: readonly SyncEvent[]) {
  return { protocolVersion: PROTOCOL_VERSION, events };
}
