import type { DayAggregator } from './aggregator';

/** Longest stretch counted without a fresh look at the tab: covers a missed event or a sleeping laptop. */
export const MAX_SEGMENT_SECONDS = 120;

/**
 * Active time on AI tools: the seconds an AI tool's tab was the focused tab of a focused window while
 * the user was not idle. The caller reports what is in front of the user whenever that may have
 * changed (tab switch, window focus, idle state, navigation, the minute tick); each report closes
 * the running segment and starts the next one.
 */
export class ActivityTracker {
  private current: { toolId: string; since: number } | null = null;

  constructor(
    private readonly aggregator: DayAggregator,
    private readonly now: () => number = Date.now,
  ) {}

  /** `toolId` of the focused AI tab, or null (non-AI tab, no focused window, idle or locked). */
  update(toolId: string | null): void {
    const at = this.now();
    if (this.current) {
      const seconds = Math.min((at - this.current.since) / 1000, MAX_SEGMENT_SECONDS);
      this.aggregator.active(this.current.toolId, seconds);
    }
    this.current = toolId ? { toolId, since: at } : null;
  }

  get focusedTool(): string | null {
    return this.current?.toolId ?? null;
  }
}
