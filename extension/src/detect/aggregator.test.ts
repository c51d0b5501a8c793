import { describe, expect, it } from 'vitest';
import { localDay } from '@lantern/shared';
import { ActivityTracker, MAX_SEGMENT_SECONDS } from './activity';
import { DayAggregator } from './aggregator';

const clock = (start: number) => {
  let t = start;
  return { now: () => t, advance: (seconds: number) => (t += seconds * 1000) };
};

describe('in-memory day aggregation', () => {
  it('turns many visits into one delta per tool and day', () => {
    const c = clock(new Date(2026, 10, 23, 9).getTime());
    const agg = new DayAggregator(c.now);
    for (let i = 0; i < 50; i++) agg.visit('chatgpt');
    agg.visit('claude');
    const deltas = agg.drain();
    expect(deltas.map((d) => [d.toolId, d.visits, d.day])).toEqual([
      ['chatgpt', 50, localDay(c.now())],
      ['claude', 1, localDay(c.now())],
    ]);
    expect(agg.drain()).toEqual([]);
  });

  it('starts a new day at local midnight', () => {
    const c = clock(new Date(2026, 10, 23, 23, 59, 30).getTime());
    const agg = new DayAggregator(c.now);
    agg.visit('chatgpt');
    c.advance(60);
    agg.visit('chatgpt');
    expect(agg.drain().map((d) => d.day)).toEqual(['2026-11-23', '2026-11-24']);
  });

  it('flags a first sighting so it can be flushed at once, then not again', () => {
    const agg = new DayAggregator();
    agg.visit('chatgpt');
    expect(agg.hasUnseen).toBe(true);
    agg.drain();
    agg.visit('chatgpt');
    expect(agg.hasUnseen).toBe(false);
    agg.embedded('openai-platform', 'crm.example.com', 'api.openai.com');
    expect(agg.hasUnseen).toBe(true);
  });

  it('keeps embedded requests apart per initiating site', () => {
    const agg = new DayAggregator();
    agg.embedded('openai-platform', 'crm.example.com', 'api.openai.com');
    agg.embedded('openai-platform', 'crm.example.com', 'api.openai.com');
    agg.embedded('openai-platform', 'wiki.example.com', 'api.openai.com');
    expect(agg.drain().map((d) => [d.initiatorHost, d.requests, d.signal])).toEqual([
      ['crm.example.com', 2, 'embedded'],
      ['wiki.example.com', 1, 'embedded'],
    ]);
  });
});

describe('active time', () => {
  it('counts the seconds an AI tab was in front of an active user', () => {
    const c = clock(Date.now());
    const agg = new DayAggregator(c.now);
    const activity = new ActivityTracker(agg, c.now);
    activity.update('chatgpt');
    c.advance(45);
    activity.update('claude'); // switched tabs
    c.advance(20);
    activity.update(null); // went idle
    c.advance(600);
    activity.update(null);
    expect(agg.drain().map((d) => [d.toolId, d.activeSeconds])).toEqual([
      ['chatgpt', 45],
      ['claude', 20],
    ]);
  });

  it('never counts more than one segment cap without a fresh look (a sleeping laptop)', () => {
    const c = clock(Date.now());
    const agg = new DayAggregator(c.now);
    const activity = new ActivityTracker(agg, c.now);
    activity.update('chatgpt');
    c.advance(8 * 3600);
    activity.update('chatgpt');
    expect(agg.drain()[0]!.activeSeconds).toBe(MAX_SEGMENT_SECONDS);
  });
});
