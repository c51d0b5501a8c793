import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { isManaged, parseManaged, readManagedSettings } from './managed';

afterEach(() => {
  vi.restoreAllMocks();
  fakeBrowser.reset();
});

describe('managed settings (enterprise policy)', () => {
  it('reads the policy keys of managed_schema.json (docs/deploy.md)', async () => {
    await fakeBrowser.storage.managed.set({
      serverUrl: 'https://lantern.example.com',
      enrollmentToken: 'enrol-token-0123456789',
      userEmail: 'ada@example.com',
      pullIntervalSeconds: 60,
    });
    const { settings, problems } = await readManagedSettings();
    expect(problems).toEqual([]);
    expect(settings).toEqual({
      serverUrl: 'https://lantern.example.com',
      enrollmentToken: 'enrol-token-0123456789',
      userEmail: 'ada@example.com',
      pullIntervalSeconds: 60,
    });
    expect(isManaged(settings)).toBe(true);
  });

  it("treats Chrome's empty answer as not managed", async () => {
    const { settings } = await readManagedSettings();
    expect(isManaged(settings)).toBe(false);
  });

  it('treats Firefox throwing (no policies.json entry) as not managed', async () => {
    vi.spyOn(fakeBrowser.storage.managed, 'get').mockRejectedValue(
      new Error('Managed storage manifest not found'),
    );
    const { settings, problems } = await readManagedSettings();
    expect(isManaged(settings)).toBe(false);
    expect(problems).toEqual([]);
  });

  it('keeps the good values when one is mistyped, and says which one was wrong', () => {
    const { settings, problems } = parseManaged({
      serverUrl: 'https://lantern.example.com',
      enrollmentToken: 'enrol-token-0123456789',
      pullIntervalSeconds: '45',
      userEmail: 'not an email',
    });
    expect(isManaged(settings)).toBe(true);
    expect(settings.pullIntervalSeconds).toBeNull();
    expect(problems.join(' ')).toMatch(/pullIntervalSeconds/);
    expect(problems.join(' ')).toMatch(/userEmail/);
  });

  it('refuses a pull interval below 30 seconds', () => {
    expect(parseManaged({ pullIntervalSeconds: 5 }).settings.pullIntervalSeconds).toBeNull();
  });
});
