import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { LanternDb, setDbForTesting } from '../../db/app-db';
import { dispatch } from '../../messaging/router';
import { registerCoreHandlers } from '../background/handlers';
import { OptionsPage } from '../options/OptionsPage';

// The options page talks to the real background handlers and a real (fake-indexeddb) database;
// only the message transport is the fake browser's.
const optionsPage = { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/options.html') };
let db: LanternDb;

beforeAll(() => registerCoreHandlers());
beforeEach(() => {
  // The fake browser lacks getManifest; the page only needs the version the real one reports.
  fakeBrowser.runtime.getManifest = () => ({ manifest_version: 3, name: 'Lantern', version: '0.1.0' });
  db = new LanternDb(`options-${Math.random()}`);
  setDbForTesting(db);
  fakeBrowser.runtime.onMessage.addListener((raw: unknown) => dispatch(raw, optionsPage));
});
afterEach(async () => {
  cleanup();
  fakeBrowser.reset();
  setDbForTesting(undefined);
  await db.delete();
});

describe('options page', () => {
  it('asks for the server address, enrolment token and email when the organisation set nothing', async () => {
    render(<OptionsPage />);
    expect(await screen.findByLabelText('Server address')).toBeTruthy();
    expect(screen.getByLabelText('Enrolment token')).toBeTruthy();
    expect(screen.getByLabelText('Work email (optional)')).toBeTruthy();
  });

  it('says plainly when the server cannot be reached, and stays unconnected', async () => {
    render(<OptionsPage />);
    fireEvent.change(await screen.findByLabelText('Server address'), {
      target: { value: 'http://127.0.0.1:9' },
    });
    fireEvent.change(screen.getByLabelText('Enrolment token'), {
      target: { value: 'enrol-0123456789abcdef' },
    });
    fireEvent.submit(screen.getByRole('button', { name: 'Connect' }).closest('form')!);
    const alert = await screen.findByRole('alert', {}, { timeout: 10_000 });
    // A sentence the employee can act on, with the technical reason for IT behind "Details".
    expect(alert.querySelector('p')?.textContent).toBe(
      'The server could not be reached. Check the address and your network connection, then try again.',
    );
    expect(alert.querySelector('details code')?.textContent).toMatch(/^server unreachable: /);
    expect(await db.enrolment.count()).toBe(0);
  });

  it("shows the organisation's managed setup instead of a form", async () => {
    await fakeBrowser.storage.managed.set({
      serverUrl: 'https://lantern.example.com',
      enrollmentToken: 'enrol-0123456789abcdef',
    });
    render(<OptionsPage />);
    expect(await screen.findByText(/Your organisation set this browser up/)).toBeTruthy();
    expect(screen.queryByLabelText('Server address')).toBeNull();
  });

  it('shows where it is connected and what waits to be sent', async () => {
    await db.enrolment.put({
      key: 'current',
      serverUrl: 'https://lantern.example.com',
      deviceId: '0b7c3f1e-5a7d-4d3e-9a51-1c2b3d4e5f60',
      deviceToken: 't'.repeat(43),
      userEmail: 'ada@example.com',
      source: 'manual',
      enrolledAt: Date.now(),
      status: 'enrolled',
      enrolmentTokenSha256: 'a'.repeat(64),
    });
    render(<OptionsPage />);
    expect((await screen.findByText(/Connected to/)).textContent).toContain(
      'https://lantern.example.com as ada@example.com',
    );
    expect(screen.getByText(/Last sync: not yet · nothing waiting/)).toBeTruthy();
    expect(document.body.textContent).not.toContain('t'.repeat(43)); // the device token never shows
  });
});
