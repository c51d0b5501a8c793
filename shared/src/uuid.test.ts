import { describe, expect, it } from 'vitest';
import { uuidv7, uuidv7Floor, uuidv7Time } from './uuid';

const FORMAT = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const sorted = (ids: string[]) => [...ids].sort();

describe('uuidv7', () => {
  it('carries its creation time, version 7 and the RFC 9562 variant', () => {
    const now = Date.UTC(2026, 11, 5, 9, 30);
    const id = uuidv7(now);
    expect(id).toMatch(FORMAT);
    expect(uuidv7Time(id)).toBe(now);
  });

  it('sorts ids made in the same millisecond in the order they were made', () => {
    const now = Date.UTC(2026, 11, 5, 9, 31);
    const ids = Array.from({ length: 1000 }, () => uuidv7(now));
    expect(new Set(ids).size).toBe(ids.length);
    expect(sorted(ids)).toEqual(ids);
    expect(ids.every((id) => FORMAT.test(id) && uuidv7Time(id) === now)).toBe(true);
  });

  it('keeps each millisecond in order when callers interleave their times', () => {
    const [a, b] = [Date.UTC(2026, 11, 5, 9, 32), Date.UTC(2026, 0, 1)];
    const ids = Array.from({ length: 200 }, (_, i) => uuidv7(i % 2 ? a : b));
    const ofA = ids.filter((id) => uuidv7Time(id) === a);
    const ofB = ids.filter((id) => uuidv7Time(id) === b);
    expect([ofA.length, ofB.length]).toEqual([100, 100]);
    expect(sorted(ofA)).toEqual(ofA);
    expect(sorted(ofB)).toEqual(ofB);
    expect(sorted(ids)).toEqual([...ofB, ...ofA]);
  });

  it('sorts ids by their time before their counter', () => {
    const ids = [uuidv7(1_000), uuidv7(999), uuidv7(1_001)];
    expect(sorted(ids)).toEqual([ids[1], ids[0], ids[2]]);
  });

  it('has a floor per millisecond that ids sort around by their time', () => {
    const ms = Date.UTC(2026, 10, 1, 0, 0, 0, 5);
    const floor = uuidv7Floor(ms);
    expect(floor).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-0000-0000-000000000000$/);
    expect(uuidv7Time(floor)).toBe(ms);
    expect(uuidv7(ms - 1) < floor).toBe(true);
    expect(uuidv7(ms) > floor).toBe(true);
    expect(uuidv7(ms + 1) > floor).toBe(true);
  });
});
