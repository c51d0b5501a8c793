import { fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { decisionFor } from '../../../testing/fixtures';
import { noticeForTab, snoozeNotice } from '../../enforce/notice-handlers';
import { SNOOZE_MS } from '../../enforce/snooze';
import { classifier as currentClassifier } from '../../detect/classifier-store';
import { App as AcknowledgePage } from '../acknowledge/App';
import { App as Popup } from '../popup/App';
import { activeTab, pageHarness, storeConfig } from './page-harness';

const h = pageHarness();

async function fillAndRegister(classes: RegExp[]) {
  fireEvent.change(await screen.findByLabelText('What do you use it for?'), { target: { value: 'coding' } });
  for (const c of classes) fireEvent.click(screen.getByRole('checkbox', { name: c }));
  fireEvent.click(screen.getByRole('radio', { name: 'No' }));
  fireEvent.click(screen.getByRole('checkbox', { name: /I accept them/ }));
  fireEvent.click(screen.getByRole('button', { name: 'Register and accept' }));
  await screen.findByRole('heading', { name: 'Thank you' });
}

describe('data-class guardrails on the acknowledgement page', () => {
  it('lists the data allowed for the tool before the employee chooses', async () => {
    await storeConfig(h.db);
    render(<AcknowledgePage toolId="chatgpt" />);
    const legend = await screen.findByRole('group', { name: 'Which data will you put in?' });
    expect(
      within(legend).getByText('Your organisation allows this data for ChatGPT: public and internal.'),
    ).toBeTruthy();
  });

  it('says plainly when more is chosen, and routes the registration to review', async () => {
    await storeConfig(h.db);
    render(<AcknowledgePage toolId="chatgpt" />);
    await screen.findByLabelText('What do you use it for?');
    fireEvent.click(screen.getByRole('checkbox', { name: /^Personal data/ }));
    expect(
      screen.getByText(/ChatGPT is not approved for personal data\. .*IT will review your registration\./),
    ).toBeTruthy();
    await fillAndRegister([/^Internal/]);
    expect(
      screen.getByText(
        'You chose data beyond what is allowed for ChatGPT, so IT will review your registration.',
      ),
    ).toBeTruthy();
    expect(h.recorded[0]).toMatchObject({
      kind: 'registration',
      dataClasses: ['internal', 'personal'],
      dataBeyondAllowed: true,
    });
  });

  it('sends no flag when the data stays within what is allowed', async () => {
    await storeConfig(h.db);
    render(<AcknowledgePage toolId="chatgpt" />);
    await fillAndRegister([/^Internal/]);
    expect(h.recorded[0]).not.toHaveProperty('dataBeyondAllowed');
    expect(screen.queryByText(/beyond what is allowed/)).toBeNull();
  });
});

describe('registration form errors', () => {
  it('drops "Choose what you use the tool for." as soon as a purpose is chosen', async () => {
    await storeConfig(h.db);
    render(<AcknowledgePage toolId="chatgpt" />);
    fireEvent.click(await screen.findByRole('button', { name: 'Register and accept' }));
    expect(screen.getByRole('alert').textContent).toBe('Choose what you use the tool for.');
    fireEvent.change(screen.getByLabelText('What do you use it for?'), { target: { value: 'coding' } });
    expect(screen.queryByText('Choose what you use the tool for.')).toBeNull();
    // The next missing answer takes its place, not the old one.
    expect(screen.getByRole('alert').textContent).toBe('Say whether the use affects decisions about people.');
  });
});

describe('popup to-dos', () => {
  it('never asks to register a prohibited tool', async () => {
    await storeConfig(h.db, [
      decisionFor('chatgpt'),
      decisionFor('claude', { status: 'prohibited', enforcement: 'justify', conditions: null }),
    ]);
    for (const toolId of ['chatgpt', 'claude'])
      await h.db.dayAggregates.put({
        key: `${toolId}|visit|2026-11-20`,
        day: '2026-11-20',
        toolId,
        signal: 'visit',
        visits: 3,
        activeSeconds: 60,
        initiatorHost: null,
        endpointHost: null,
        requests: 0,
        firstSeen: Date.UTC(2026, 10, 20),
        lastSeen: Date.UTC(2026, 10, 20),
      } as never);
    await activeTab('https://claude.ai/new');
    render(<Popup />);
    // The approved-with-conditions tool is a to-do; the prohibited one, used the same day, is not.
    expect(await screen.findByRole('button', { name: 'Register ChatGPT' })).toBeTruthy();
    const todo = screen.getByRole('region', { name: 'To do' });
    expect(within(todo).queryByText(/Claude/)).toBeNull();
    expect(within(screen.getByRole('region', { name: 'This site' })).getByText('Prohibited')).toBeTruthy();
  });
});

describe('"Later" on the notice', () => {
  const tabOn = (url: string) =>
    ({ id: fakeBrowser.runtime.id, url, tab: { id: 7, url }, frameId: 0, documentId: 'd' }) as never;

  it('keeps the notice away from that tool for a day, and only that tool', async () => {
    await storeConfig(h.db, [decisionFor('chatgpt'), decisionFor('claude')]);
    const classifier = await currentClassifier();
    const chatgpt = tabOn('https://chatgpt.com/c/1');
    expect(await noticeForTab(h.db, classifier, chatgpt)).not.toBeNull();
    expect(await snoozeNotice(h.db, classifier, chatgpt)).toEqual({ snoozed: true });
    expect(await noticeForTab(h.db, classifier, tabOn('https://chatgpt.com/c/2'))).toBeNull();
    expect(await noticeForTab(h.db, classifier, tabOn('https://claude.ai/new'))).not.toBeNull();
    const realNow = Date.now;
    Date.now = () => realNow() + SNOOZE_MS + 1000;
    try {
      expect(await noticeForTab(h.db, classifier, chatgpt)).not.toBeNull();
    } finally {
      Date.now = realNow;
    }
  });
});
