import { render, screen } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { en } from '../../i18n/en';
import { setLanguage } from '../../i18n';
import { decisionFor } from '../../../testing/fixtures';
import { App as AcknowledgePage } from '../acknowledge/App';
import { App as BlockedPage } from '../blocked/App';
import { App as MyAiUse } from '../my-ai-use/App';
import { OptionsPage } from '../options/OptionsPage';
import { App as Popup } from '../popup/App';
import { App as Welcome } from '../welcome/App';
import { activeTab, enrolled, pageHarness, storeConfig } from './page-harness';

const h = pageHarness();
const KEYS = Object.keys(en);

/** No catalogue key, unfilled placeholder or English sentence of the catalogue made it to the page. */
function expectFullyGerman() {
  const text = document.body.textContent ?? '';
  expect(KEYS.filter((k) => text.includes(k))).toEqual([]);
  expect(text.match(/\{\w+\}/g)).toBeNull();
  const english = Object.values(en).filter((v) => v.length > 12 && !/[{]/.test(v) && text.includes(v));
  expect(english).toEqual([]);
}

async function renderIn(language: string, page: ReactNode, ready: string | RegExp) {
  setLanguage(language);
  render(page);
  await screen.findAllByText(ready);
}

describe('pages in German (browser UI language de)', () => {
  it('acknowledgement page', async () => {
    await storeConfig(h.db);
    await renderIn('de-DE', <AcknowledgePage toolId="chatgpt" />, 'ChatGPT bei der Arbeit nutzen');
    expect(screen.getByText('Freigegeben mit Auflagen')).toBeTruthy();
    expect(screen.getByLabelText('Wofür nutzen Sie das Tool?')).toBeTruthy();
    expectFullyGerman();
  });

  it('popup', async () => {
    await storeConfig(h.db);
    await enrolled(h.db);
    await activeTab('https://chatgpt.com/c/1');
    await renderIn('de', <Popup />, 'ChatGPT registrieren');
    expectFullyGerman();
  });

  it('options and welcome pages', async () => {
    await renderIn('de-AT', <OptionsPage />, 'Mit Ihrer Organisation verbinden');
    expectFullyGerman();
    await enrolled(h.db);
    await renderIn('de', <Welcome />, /Sie sind mit https:\/\/lantern\.example\.com verbunden/);
    expectFullyGerman();
  });

  it('blocked and "My AI use" pages', async () => {
    await storeConfig(h.db, [
      decisionFor('chatgpt'),
      decisionFor('claude', {
        status: 'prohibited',
        enforcement: 'block',
        conditions: null,
        alternativeToolId: 'chatgpt',
      }),
    ]);
    await renderIn('de', <BlockedPage toolId="claude" />, 'Claude ist für die Arbeit untersagt');
    expect(screen.getByText('Untersagt')).toBeTruthy();
    expectFullyGerman();
    await h.db.registrations.put({
      toolId: 'chatgpt',
      at: Date.UTC(2026, 10, 3),
      eventId: 'e',
      purposeCategory: 'coding',
      purposeText: '',
      dataClasses: ['internal'],
      affectsPeople: false,
      withdrawnAt: null,
    });
    await renderIn('de', <MyAiUse />, 'Code schreiben oder prüfen');
    expect(screen.getByRole('button', { name: 'Registrierung für ChatGPT zurückziehen' })).toBeTruthy();
    // One date format, the German one (the time depends on the test machine's zone).
    expect(document.body.textContent).toMatch(/0[23]\.11\.2026, \d\d:\d\d/);
    expectFullyGerman();
  });
});
