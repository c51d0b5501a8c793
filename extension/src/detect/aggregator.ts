import { localDay, type ToolId, type UsageSignal } from '@lantern/shared';
import { aggregateKey, type AggregateDelta } from '../db/aggregates';

/**
 * Counts in memory between flushes, so a burst of navigations or requests costs one database
 * transaction, not one write each. What is lost if the worker is killed mid-window is at most one
 * flush interval of counts — never a discovery, which is flushed within seconds.
 */
export class DayAggregator {
  private pending = new Map<string, AggregateDelta>();
  private seen = new Set<string>();
  /** A key not seen before in this worker's life: flush (and push) soon rather than on the tick. */
  hasUnseen = false;

  constructor(private readonly now: () => number = Date.now) {}

  private entry(
    toolId: ToolId,
    signal: UsageSignal,
    initiatorHost: string | null = null,
    endpointHost: string | null = null,
  ): AggregateDelta {
    const at = this.now();
    const base = { day: localDay(at), toolId, signal, initiatorHost, endpointHost };
    const key = aggregateKey(base);
    let delta = this.pending.get(key);
    if (!delta) {
      delta = { ...base, visits: 0, activeSeconds: 0, requests: 0, at };
      this.pending.set(key, delta);
    }
    if (!this.seen.has(key)) {
      this.seen.add(key);
      this.hasUnseen = true;
    }
    delta.at = at;
    return delta;
  }

  visit(toolId: ToolId): void {
    this.entry(toolId, 'visit').visits += 1;
  }

  active(toolId: ToolId, seconds: number): void {
    if (seconds <= 0) return;
    this.entry(toolId, 'visit').activeSeconds += Math.round(seconds);
  }

  embedded(toolId: ToolId, initiatorHost: string, endpointHost: string): void {
    this.entry(toolId, 'embedded', initiatorHost, endpointHost).requests += 1;
  }

  get size(): number {
    return this.pending.size;
  }

  /** Hands over everything counted since the last drain. */
  drain(): AggregateDelta[] {
    const out = [...this.pending.values()].filter(
      (d) => d.visits > 0 || d.activeSeconds > 0 || d.requests > 0,
    );
    this.pending.clear();
    this.hasUnseen = false;
    return out;
  }
}
