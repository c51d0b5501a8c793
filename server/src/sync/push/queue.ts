/**
 * Group commit: work items that arrive while the database is busy are committed together, in
 * arrival order, and each caller is answered only after the transaction holding its item committed.
 *
 * A group starts on the next turn of the event loop, so items arriving together join it; while
 * `parallel` groups run, new items wait and form the next group. When fewer items wait than were
 * recently in the queue at once (callers that answer and send again right away, such as a fleet of
 * catching-up browsers), the group waits up to `lingerMs` for them: a commit costs about as much as
 * the rows it writes, and a larger group shares its commit and the rows every item touches.
 */
export interface GroupCommitOptions<T> {
  /** Groups running at once. */
  parallel: number;
  lingerMs: number;
  /** How much an item weighs towards `maxGroupWeight` (a group always takes at least one item). */
  weight(item: T): number;
  maxGroupWeight: number;
}

interface Entry<T, R> {
  item: T;
  since: number;
  resolve(result: R): void;
  reject(error: unknown): void;
}

/** Groups committed and the items they held, since the queue was made (pushes per commit). */
export interface GroupCommitCounts {
  groups: number;
  items: number;
}

/** How long a burst of items in the queue at once is remembered as the expected group size. */
const PEAK_MEMORY_MS = 1000;

export class GroupCommitQueue<T, R> {
  private readonly waiting: Array<Entry<T, R>> = [];
  private running = 0;
  private runningItems = 0;
  private timer: NodeJS.Timeout | null = null;
  private immediate = false;
  private peak = 0;
  private peakAt = 0;
  /** Groups whose transaction committed, and their items (a failed group counts as its retries). */
  readonly committed: GroupCommitCounts = { groups: 0, items: 0 };

  /**
   * `commit` stores a group in one transaction and returns one outcome per item: a result, or an
   * Error for that item alone. If it throws, the whole group failed.
   */
  constructor(
    private readonly commit: (items: T[]) => Promise<Array<R | Error>>,
    private readonly options: GroupCommitOptions<T>,
  ) {}

  add(item: T): Promise<R> {
    return new Promise<R>((resolve, reject) => {
      const now = performance.now();
      this.waiting.push({ item, since: now, resolve, reject });
      const inQueue = this.waiting.length + this.runningItems;
      if (inQueue >= this.peak || now - this.peakAt > PEAK_MEMORY_MS) {
        this.peak = inQueue;
        this.peakAt = now;
      }
      this.schedule();
    });
  }

  private schedule() {
    if (this.immediate || this.running >= this.options.parallel || this.waiting.length === 0) return;
    const waited = performance.now() - this.waiting[0]!.since;
    if (this.waiting.length < this.peak && waited < this.options.lingerMs) {
      this.timer ??= setTimeout(() => {
        this.timer = null;
        this.start();
      }, this.options.lingerMs - waited);
      return;
    }
    if (this.timer !== null) {
      clearTimeout(this.timer);
      this.timer = null;
    }
    this.immediate = true;
    setImmediate(() => {
      this.immediate = false;
      this.start();
    });
  }

  private start() {
    if (this.running >= this.options.parallel || this.waiting.length === 0) return;
    let weight = 0;
    let take = 0;
    while (take < this.waiting.length) {
      const w = this.options.weight(this.waiting[take]!.item);
      if (take > 0 && weight + w > this.options.maxGroupWeight) break;
      weight += w;
      take++;
    }
    const group = this.waiting.splice(0, take);
    this.running++;
    this.runningItems += group.length;
    this.schedule();
    void this.settle(group).finally(() => {
      this.running--;
      this.runningItems -= group.length;
      this.schedule();
    });
  }

  private async settle(group: Array<Entry<T, R>>): Promise<void> {
    let outcomes: Array<R | Error>;
    try {
      outcomes = await this.commit(group.map((e) => e.item));
    } catch (error) {
      if (group.length === 1) return group[0]!.reject(error);
      // Some item made the group fail: each is committed alone, so only that one fails.
      for (const entry of group) await this.settle([entry]);
      return;
    }
    this.committed.groups++;
    this.committed.items += group.length;
    group.forEach((entry, i) => {
      const outcome = outcomes[i]!;
      if (outcome instanceof Error) entry.reject(outcome);
      else entry.resolve(outcome);
    });
  }
}
