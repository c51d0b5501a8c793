import { sha256Hex, type SyncEvent } from '@lantern/shared';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, onTestFinished } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { decisionFor, policyV1, policyV2 } from '../../../testing/fixtures';
import { LanternDb, setDbForTesting } from '../../db/app-db';
import { registerExperienceHandlers } from '../../enforce/handlers';
import { configRow } from '../../../testing/config-row';
import { dispatch } from '../../messaging/router';
import { formatDate } from '../../i18n';
import { App as AcknowledgePage } from '../acknowledge/App';
import { registerCoreHandlers } from '../background/handlers';
import { App as BlockedPage } from '../blocked/App';
import { App as MyAiUse } from '../my-ai-use/App';
import { App as Popup } from '../popup/App';

// The experience pages against the real background handlers and a real (fake-indexeddb) store;
// only the message transport is the fake browser's, and events land in `recorded` instead of the outbox.
let db: LanternDb;
const recorded: SyncEvent[] = [];
const sender = (path: '/acknowledge.html' | '/blocked.html' | '/popup.html' | '/my-ai-use.html') => ({
  id: fakeBrowser.runtime.id,
  url: fakeBrowser.runtime.getURL(path),
});
let currentPage = sender('/acknowledge.html');

beforeAll(() => {
  registerCoreHandlers();
  registerExperienceHandlers({
    db: () => db,
    record: async (event) => {
      recorded.push(event);
      return event.id;
    },
    syncRules: async () => 0,
  });
});
beforeEach(async () => {
  fakeBrowser.runtime.getManifest = () => ({ manifest_version: 3, name: 'Lantern', version: '0.1.0' });
  db = new LanternDb(`pages-${Math.random()}`);
  setDbForTesting(db);
  recorded.length = 0;
  fakeBrowser.runtime.onMessage.addListener((raw: unknown) => dispatch(raw, currentPage));
});
afterEach(async () => {
  cleanup();
  fakeBrowser.reset();
  setDbForTesting(undefined);
  await db.delete();
});

async function withConfig(policy = policyV1, extra: Parameters<typeof configRow>[0] = {}) {
  await db.config.put(
    configRow({
      policy: { ...policy, sha256: await sha256Hex(policy.body) },
      decisions: [
        decisionFor('chatgpt'),
        decisionFor('claude', {
          status: 'prohibited',
          enforcement: 'block',
          conditions: null,
          alternativeToolId: 'chatgpt',
        }),
      ],
      ...extra,
    }),
  );
}

describe('acknowledgement page', () => {
  it('registers the use and accepts the policy shown, then says thanks', async () => {
    await withConfig();
    render(<AcknowledgePage toolId="chatgpt" />);
    expect(await screen.findByRole('heading', { name: 'Using ChatGPT at work' })).toBeTruthy();
    expect(screen.getByText('No customer data.')).toBeTruthy();
    expect(screen.getByText(/<script>alert\(1\)<\/script>/)).toBeTruthy();
    fireEvent.change(screen.getByLabelText('What do you use it for?'), { target: { value: 'coding' } });
    fireEvent.click(screen.getByRole('radio', { name: 'No' }));
    fireEvent.click(screen.getByRole('checkbox', { name: /I accept them/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Register and accept' }));
    expect(await screen.findByRole('heading', { name: 'Thank you' })).toBeTruthy();
    expect(recorded.map((e) => e.kind)).toEqual(['registration', 'acknowledgement']);
    expect(recorded[1]).toMatchObject({ policySha256: await sha256Hex(policyV1.body), toolId: 'chatgpt' });
  });

  it('asks an already registered employee to accept a new version, showing what changed', async () => {
    await withConfig(policyV2);
    await db.registrations.put({
      toolId: 'chatgpt',
      at: 1,
      eventId: 'e',
      purposeCategory: 'coding',
      purposeText: '',
      dataClasses: [],
      affectsPeople: false,
      withdrawnAt: null,
    });
    await db.acknowledgements.put({
      id: 'a',
      at: 1,
      policyVersion: 1,
      policySha256: await sha256Hex(policyV1.body),
      toolId: 'chatgpt',
      conditionsSha256: await sha256Hex('No customer data.'),
    });
    render(<AcknowledgePage toolId="chatgpt" />);
    const changes = await screen.findByRole('note', { name: 'What changed' });
    expect(within(changes).getByText('no longer allowed')).toBeTruthy();
    expect(screen.queryByLabelText('What do you use it for?')).toBeNull();
    fireEvent.click(screen.getByRole('checkbox'));
    fireEvent.click(screen.getByRole('button', { name: 'Accept' }));
    expect(await screen.findByText(/You accepted the current policy/)).toBeTruthy();
    expect(recorded).toEqual([
      expect.objectContaining({
        kind: 'acknowledgement',
        policyVersion: 2,
        policySha256: await sha256Hex(policyV2.body),
      }),
    ]);
  });

  it('tells the employee when IT will review an Annex III purpose', async () => {
    await withConfig();
    render(<AcknowledgePage toolId="chatgpt" />);
    fireEvent.change(await screen.findByLabelText('What do you use it for?'), {
      target: { value: 'worker-management' },
    });
    expect(screen.getByText('IT will review this use.')).toBeTruthy();
  });
});

describe('blocked page', () => {
  it('names the approved alternative and sends an approval request with a reason', async () => {
    currentPage = sender('/blocked.html');
    await withConfig();
    render(<BlockedPage toolId="claude" />);
    expect(await screen.findByRole('heading', { name: 'Claude is prohibited for work' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Open ChatGPT' }).getAttribute('href')).toBe(
      'https://chatgpt.com/',
    );
    expect(screen.queryByRole('button', { name: 'Continue' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Request approval' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Please give a short reason.');
    fireEvent.change(screen.getByLabelText('What would you use it for?'), {
      target: { value: 'Comparing models' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Request approval' }));
    expect(await screen.findByRole('heading', { name: 'Approval requested' })).toBeTruthy();
    expect(recorded).toEqual([
      expect.objectContaining({ kind: 'approval_request', toolId: 'claude', reason: 'Comparing models' }),
    ]);
  });

  it('offers to open the tool once it is approved for this person, saying until when', async () => {
    const until = Date.now() + 30 * 86_400_000;
    await withConfig(policyV1, {
      requests: [
        {
          id: '0190d5c0-0000-7000-8000-000000000001',
          toolId: 'claude',
          status: 'approved',
          note: null,
          decidedAt: Date.UTC(2026, 10, 2),
        },
      ],
      exceptions: [{ toolId: 'claude', until, grantedAt: Date.UTC(2026, 10, 2), note: null }],
    });
    render(<BlockedPage toolId="claude" />);
    expect(await screen.findByRole('heading', { name: 'You can open Claude' })).toBeTruthy();
    expect(screen.getByText(`IT approved this tool for you until ${formatDate(until)}.`)).toBeTruthy();
  });

  it('keeps the tool closed on an approved request whose exception has ended, and offers to check again', async () => {
    await withConfig(policyV1, {
      requests: [
        {
          id: '0190d5c0-0000-7000-8000-000000000001',
          toolId: 'claude',
          status: 'approved',
          note: null,
          decidedAt: Date.UTC(2026, 10, 2),
        },
      ],
      exceptions: [
        { toolId: 'claude', until: Date.now() - 1000, grantedAt: Date.UTC(2026, 10, 2), note: null },
      ],
    });
    render(<BlockedPage toolId="claude" />);
    expect(await screen.findByRole('heading', { name: 'Claude is prohibited for work' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Check again' })).toBeTruthy();
  });
});

describe('popup', () => {
  it('shows the current site, what is pending, and takes a self-report', async () => {
    currentPage = sender('/popup.html');
    await withConfig();
    const win = await fakeBrowser.windows.create({ focused: true });
    const tab = await fakeBrowser.tabs.create({ windowId: win.id, url: 'https://chatgpt.com/c/1' });
    // The fake browser cannot mark a created tab active, so its query answers with that tab here.
    const query = fakeBrowser.tabs.query.bind(fakeBrowser.tabs);
    fakeBrowser.tabs.query = async (info) => (info.active ? [{ ...tab, active: true }] : query(info));
    onTestFinished(() => {
      fakeBrowser.tabs.query = query;
    });
    render(<Popup />);
    expect(await screen.findByRole('button', { name: 'Register ChatGPT' })).toBeTruthy();
    expect(
      within(screen.getByRole('region', { name: 'This site' })).getByText('Approved with conditions'),
    ).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'I use a tool Lantern does not know' }));
    fireEvent.change(screen.getByLabelText('Tool name'), { target: { value: 'Meeting Bot' } });
    fireEvent.change(screen.getByLabelText('Web address (optional)'), {
      target: { value: 'https://meetbot.example/app?id=1' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Send to IT' }));
    expect(await screen.findByText(/IT will review it/)).toBeTruthy();
    expect(recorded).toEqual([
      expect.objectContaining({ kind: 'self_report', name: 'Meeting Bot', hostname: 'meetbot.example' }),
    ]);
  });
});

describe('my AI use page', () => {
  it('lists what is recorded and what was sent, and withdraws a registration', async () => {
    currentPage = sender('/my-ai-use.html');
    await withConfig();
    await db.registrations.put({
      toolId: 'chatgpt',
      at: Date.UTC(2026, 10, 3),
      eventId: 'e',
      purposeCategory: 'coding',
      purposeText: 'tests',
      dataClasses: ['internal'],
      affectsPeople: false,
      withdrawnAt: null,
    });
    const sent: SyncEvent = {
      id: '0190d5c0-0000-7000-8000-000000000002',
      at: Date.UTC(2026, 10, 3),
      kind: 'justification',
      toolId: 'claude',
      reason: 'demo',
    };
    await db.syncLog.add({ at: Date.UTC(2026, 10, 3), eventId: sent.id, outcome: 'sent', event: sent });
    render(<MyAiUse />);
    expect(await screen.findByText('Writing or reviewing code — tests')).toBeTruthy();
    const log = screen.getByRole('region', { name: 'Sent to your organisation' });
    expect(within(log).getByText(/"reason": "demo"/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Withdraw registration for ChatGPT' }));
    expect(await screen.findByText(/^Withdrawn /)).toBeTruthy();
    expect(recorded).toEqual([
      expect.objectContaining({ kind: 'registration_withdrawal', toolId: 'chatgpt' }),
    ]);
  });
});
