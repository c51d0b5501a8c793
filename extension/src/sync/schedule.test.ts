import { afterEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { ALARMS } from './background-engine';
import { effectivePullSeconds, ensureAlarms } from './schedule';

afterEach(() => fakeBrowser.reset());

describe('pull interval', () => {
  it('prefers the managed value, then the server, then 300 s, never below 30 s', () => {
    expect(effectivePullSeconds(60, 600)).toBe(60);
    expect(effectivePullSeconds(null, 600)).toBe(600);
    expect(effectivePullSeconds(null, undefined)).toBe(300);
    expect(effectivePullSeconds(10, null)).toBe(30);
  });

  it('schedules the minute tick and the pull alarm, and follows a new interval', async () => {
    await ensureAlarms(300);
    expect((await fakeBrowser.alarms.get(ALARMS.tick))?.periodInMinutes).toBe(1);
    expect((await fakeBrowser.alarms.get(ALARMS.pull))?.periodInMinutes).toBe(5);
    await ensureAlarms(30);
    expect((await fakeBrowser.alarms.get(ALARMS.pull))?.periodInMinutes).toBe(0.5);
  });
});
