import { afterEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { formatDate, t } from './index';
import { humanError, employeeError } from './errors';
import { resolveLanguage, setLanguage, setOrgLocale } from './language';
import { tn } from './notice';
import { applyOrgLocale, loadOrgLocale, ORG_LOCALE_KEY } from './org-locale';

afterEach(() => {
  setOrgLocale(undefined);
  setLanguage(null);
  fakeBrowser.reset();
});

describe('the language of employee pages', () => {
  it("is the organisation's choice over the browser's language", () => {
    expect(resolveLanguage('de', 'en-US')).toEqual({ language: 'de', locale: 'de' });
    expect(resolveLanguage('en', 'de-DE')).toEqual({ language: 'en', locale: 'en' });
  });

  it("is the browser's language (with its regional dates) when the organisation lets each browser choose", () => {
    for (const org of [undefined, null, 'browser']) {
      expect(resolveLanguage(org, 'de-AT')).toEqual({ language: 'de', locale: 'de-AT' });
      expect(resolveLanguage(org, 'en-GB')).toEqual({ language: 'en', locale: 'en-GB' });
    }
  });

  it('is English, words and dates alike, for a language without a catalogue', () => {
    expect(resolveLanguage(undefined, 'fr-FR')).toEqual({ language: 'en', locale: 'en' });
    // a newer server's language this extension lacks: English, not the browser's German
    expect(resolveLanguage('fr', 'de-DE')).toEqual({ language: 'en', locale: 'en' });
  });

  it('is English for values that are not language tags, and never throws', () => {
    for (const bad of ['', 'de_DE!', 'x'.repeat(40), 42, {}, ['de'], '-de']) {
      expect(resolveLanguage(bad, 'de-DE')).toEqual({ language: 'en', locale: 'en' });
      expect(resolveLanguage(undefined, bad)).toEqual({ language: 'en', locale: 'en' });
    }
  });

  it('gives pages, dates and the notice one language once the organisation chose German', () => {
    const at = Date.UTC(2026, 11, 4, 12);
    setOrgLocale('de');
    expect(t('status.prohibited')).toBe('Untersagt');
    expect(tn('notice.later')).toBe('Später');
    expect(formatDate(at)).toBe('04.12.2026');
    setOrgLocale('en');
    expect(t('status.prohibited')).toBe('Prohibited');
    expect(formatDate(at)).toBe('Dec 4, 2026');
  });
});

describe("the organisation's language between the worker and the pages", () => {
  it('reaches a page through storage, and goes when the organisation lets browsers choose again', async () => {
    await applyOrgLocale('de');
    setOrgLocale(undefined); // a fresh page: nothing loaded yet
    await loadOrgLocale();
    expect(t('popup.register', { tool: 'ChatGPT' })).toBe('ChatGPT registrieren');

    await applyOrgLocale(undefined);
    expect(await fakeBrowser.storage.local.get(ORG_LOCALE_KEY)).toEqual({});
    await fakeBrowser.storage.local.set({ [ORG_LOCALE_KEY]: 'de' });
    await loadOrgLocale();
    expect(t('status.prohibited')).toBe('Untersagt');
  });

  it('is written only when it changes, so open pages are not told of every configuration change', async () => {
    const changes: unknown[] = [];
    fakeBrowser.storage.onChanged.addListener((change, area) => {
      if (area === 'local' && ORG_LOCALE_KEY in change)
        changes.push(change[ORG_LOCALE_KEY]?.newValue ?? 'removed');
    });
    await applyOrgLocale('de');
    await applyOrgLocale('de');
    await applyOrgLocale(undefined);
    await applyOrgLocale(undefined);
    await applyOrgLocale('en');
    expect(changes).toEqual(['de', 'removed', 'en']);
  });

  it('ignores a stored value that is not text', async () => {
    await fakeBrowser.storage.local.set({ [ORG_LOCALE_KEY]: { de: true } });
    await loadOrgLocale();
    setLanguage(null);
    expect(t('status.prohibited')).toBe('Prohibited');
  });
});

describe("the background's refusals", () => {
  it('reach the page in its language while logs keep the English sentence', () => {
    const error = employeeError('error.policyChanged');
    expect(error.message).toBe('The policy changed while the page was open. Please read the new version.');
    setOrgLocale('de');
    const shown = humanError(error.message);
    expect(shown.key).toBe('error.policyChanged');
    expect(t(shown.key)).toMatch(/^Die Richtlinie wurde geändert/);
    expect(humanError('Enrolment link refused (expired)').key).toBe('error.linkRefused');
  });
});
