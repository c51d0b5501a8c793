import { describe, expect, it } from 'vitest';
import { MAX_BATCH_CALLS, planCalls } from './call-plan';

describe('planCalls', () => {
  it('counts a single call as one, with or without slashes around it', () => {
    expect(planCalls('sync.pull', '')).toEqual({ ok: true, calls: 1 });
    expect(planCalls('/admin.settings.get/', '?input=%7B%7D')).toEqual({ ok: true, calls: 1 });
  });

  it('refuses any batch that names a device procedure, however it is spelled', () => {
    for (const [path, search] of [
      ['sync.pull', '?batch=1'],
      ['sync.pull', '?batch=0'],
      ['sync.push,admin.settings.get', '?batch=1'],
      ['admin.settings.get%2Cdevice.enroll', '?batch=1'],
      ['sync.pull,sync.pull', ''],
    ] as const)
      expect(planCalls(path, search).ok, `${path}${search}`).toBe(false);
  });

  it('charges a staff batch one call per name, up to the maximum', () => {
    const names = (n: number) => Array.from({ length: n }, () => 'admin.settings.get').join(',');
    expect(planCalls(names(MAX_BATCH_CALLS), '?batch=1')).toEqual({ ok: true, calls: MAX_BATCH_CALLS });
    expect(planCalls(names(MAX_BATCH_CALLS + 1), '?batch=1')).toMatchObject({ ok: false, status: 400 });
    // Without batch=1 tRPC takes `a,b` as one unknown name; it still costs both calls.
    expect(planCalls(names(3), '')).toEqual({ ok: true, calls: 3 });
  });

  it('leaves a malformed escape to tRPC, at the price of one call', () => {
    expect(planCalls('admin.%E0%A4%A', '')).toEqual({ ok: true, calls: 1 });
  });
});
