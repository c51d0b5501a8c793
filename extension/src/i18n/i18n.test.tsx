import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { de } from './de';
import { en } from './en';
import { formatAgo, placeholders, setLanguage, t } from './index';
import { tw } from './worker';
import { WORKER_EN } from './worker-catalogue';

afterEach(() => setLanguage(null));

describe('message catalogues', () => {
  it('have the same keys in English and German', () => {
    expect(Object.keys(de).sort()).toEqual(Object.keys(en).sort());
  });

  it('have the same placeholders for every key', () => {
    const differ = Object.keys(en).filter(
      (k) =>
        JSON.stringify(placeholders(en[k as keyof typeof en])) !==
        JSON.stringify(placeholders(de[k as keyof typeof de])),
    );
    expect(differ).toEqual([]);
  });

  it('leave no German text empty or still in English (brand and shared words aside)', () => {
    const same = Object.keys(en).filter((k) => en[k as keyof typeof en] === de[k as keyof typeof de]);
    // Words German uses as they are.
    expect(same.sort()).toEqual([
      'error.details',
      'mine.policyAccepted',
      'mine.signal',
      'mine.tool',
      'supplier.fact.certifications.iso27001',
      'supplier.fact.certifications.iso42001',
      'supplier.fact.certifications.soc2',
    ]);
    expect(Object.values(de).filter((v) => v.trim() === '')).toEqual([]);
  });

  it('address the reader formally in German (Sie, never du)', () => {
    const informal = Object.entries(de).filter(([, v]) => /\b(du|dein\w*|dich|dir)\b/i.test(v));
    expect(informal).toEqual([]);
  });

  it('fill placeholders and follow the language', () => {
    setLanguage('de-DE');
    expect(t('popup.register', { tool: 'ChatGPT' })).toBe('ChatGPT registrieren');
    expect(t('status.prohibited')).toBe('Untersagt');
    setLanguage('en-GB');
    expect(t('popup.register', { tool: 'ChatGPT' })).toBe('Register ChatGPT');
    setLanguage('fr-FR');
    expect(t('status.review')).toBe('Under review'); // no French yet: English
  });

  it('say "2 minutes ago" in the page language', () => {
    const now = Date.UTC(2026, 11, 4, 12);
    setLanguage('en');
    expect(formatAgo(now - 2 * 60_000, now)).toBe('2 minutes ago');
    setLanguage('de');
    expect(formatAgo(now - 2 * 60_000, now)).toBe('vor 2 Minuten');
  });
});

describe("the background's sentences", () => {
  it('are the pages’ sentences, in the same language', () => {
    const keys = Object.keys(WORKER_EN) as Array<keyof typeof WORKER_EN>;
    expect(keys.length).toBeGreaterThan(0);
    for (const lang of ['en', 'de-DE']) {
      setLanguage(lang);
      for (const key of keys)
        expect(tw(key, { tool: 'ChatGPT', count: 3 })).toBe(t(key, { tool: 'ChatGPT', count: 3 }));
    }
    setLanguage('de');
    expect(tw('approval.notifyApproved', { tool: 'ChatGPT' })).toBe('ChatGPT ist für Sie freigegeben');
  });
});

describe('manifest strings', () => {
  const locales = join(__dirname, '..', 'public', '_locales');
  const read = (lang: string) =>
    JSON.parse(readFileSync(join(locales, lang, 'messages.json'), 'utf8')) as Record<
      string,
      { message: string }
    >;

  it('exist in English and German with the same names', () => {
    expect(Object.keys(read('de')).sort()).toEqual(Object.keys(read('en')).sort());
    expect(Object.keys(read('en')).sort()).toEqual(['actionTitle', 'extDescription', 'extName']);
  });
});

describe('status words', () => {
  it('are the dashboard’s words', async () => {
    const { STATUS_LABELS } = await import('../../../server/dashboard/components/Badges');
    setLanguage('en');
    const { StatusBadge } = await import('../components/StatusBadge');
    for (const status of ['approved', 'conditional', 'review', 'prohibited'] as const) {
      const { unmount } = render(<StatusBadge status={status} />);
      expect(screen.getByText(STATUS_LABELS[status])).toBeTruthy();
      unmount();
    }
  });
});
