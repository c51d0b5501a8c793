import { fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { updateSyncState } from '../../db/state';
import { OptionsPage } from '../options/OptionsPage';
import { App as Popup } from '../popup/App';
import { App as Welcome } from '../welcome/App';
import { enrolled, pageHarness } from './page-harness';

const h = pageHarness();

describe('popup before the browser is connected', () => {
  it('offers a Connect button that opens the welcome page', async () => {
    render(<Popup />);
    fireEvent.click(await screen.findByRole('button', { name: 'Connect' }));
    expect(h.opened).toEqual([fakeBrowser.runtime.getURL('/welcome.html')]);
  });

  it('offers no Connect button once connected, nor while the organisation connects it', async () => {
    await enrolled(h.db);
    const { unmount } = render(<Popup />);
    expect(await screen.findByText(/Last sync/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Connect' })).toBeNull();
    unmount();
    await h.db.enrolment.clear();
    await fakeBrowser.storage.managed.set({ serverUrl: 'https://lantern.example.com', enrollmentToken: 'x' });
    render(<Popup />);
    expect(await screen.findByText('Not connected to your organisation yet.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Connect' })).toBeNull();
  });
});

describe('welcome page', () => {
  it('explains Lantern and asks for the connection details', async () => {
    render(<Welcome />);
    expect(await screen.findByRole('heading', { name: 'Welcome to Lantern' })).toBeTruthy();
    expect(screen.getByText(/never sends what you type/)).toBeTruthy();
    expect(await screen.findByLabelText('Server address')).toBeTruthy();
  });

  it('only says it is connected when it already is', async () => {
    await enrolled(h.db);
    render(<Welcome />);
    expect(
      await screen.findByText(
        'You are connected to https://lantern.example.com. There is nothing else to do.',
      ),
    ).toBeTruthy();
    expect(screen.queryByLabelText('Server address')).toBeNull();
  });
});

describe('options page sync state', () => {
  it('says how long ago the last sync was, and "not yet" only before any', async () => {
    await enrolled(h.db);
    await updateSyncState(h.db, { lastPullAt: Date.now() - 2 * 60_000 - 5_000 });
    render(<OptionsPage />);
    expect(await screen.findByText(/Last sync: 2 minutes ago · nothing waiting/)).toBeTruthy();
    expect(screen.queryByText(/not yet/)).toBeNull();
  });

  it('shows a failing sync with its reason in words, keeping the last success', async () => {
    await enrolled(h.db);
    await updateSyncState(h.db, {
      lastSuccessAt: Date.now() - 3 * 3_600_000,
      failures: 2,
      lastError: 'sync.push: HTTP 503 Service Unavailable',
    });
    render(<OptionsPage />);
    const section = await screen.findByRole('region', { name: 'Connection' });
    expect(within(section).getByText(/Last sync: 3 hours ago/)).toBeTruthy();
    expect(within(section).getByRole('status').textContent).toBe(
      'Sync is not working right now: The server had a problem. Lantern will try again; tell IT if it keeps happening.',
    );
  });
});
