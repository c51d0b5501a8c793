// @vitest-environment happy-dom
import { act, cleanup, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type * as client from './api/client';
import { App } from './App';
import { href } from './location';

// The admin API as a recorder: the session says "signed in", every other call is remembered and never
// answers, so each page stays on its first (loading) view and the test sees which page the route chose.
const calls = vi.hoisted(() => [] as { path: string; input: unknown }[]);
const me = vi.hoisted(() => ({ signedIn: true }));
vi.mock('./api/client', async (original) => {
  const { mockClient, trpcError } = await import('./testing/mock-api');
  const api = mockClient((path, input) => {
    if (path === 'session.me') {
      if (me.signedIn) return { role: 'admin', name: 'Dana' };
      throw trpcError('UNAUTHORIZED', 401);
    }
    calls.push({ path, input });
    return new Promise(() => {});
  });
  return { ...(await original<typeof client>()), api, hasCsrfToken: () => true };
});

const at = async (hash: string) => {
  window.location.hash = hash;
  render(<App />);
  await screen.findByRole('navigation', { name: 'Main' });
};
const heading = () => screen.queryByRole('heading', { level: 1 })?.textContent;
const loading = () => screen.queryByRole('status')?.textContent;
const activeNav = () =>
  screen.getByRole('navigation', { name: 'Main' }).querySelector('[aria-current="page"]')?.textContent;

beforeEach(() => {
  calls.length = 0;
  me.signedIn = true;
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  window.location.hash = '';
});

describe('the route table', () => {
  it('opens the overview for an empty hash and for #/overview', async () => {
    await at('');
    expect(loading()).toBe('Loading the overview…');
    expect(activeNav()).toBe('Overview');
    cleanup();
    await at('#/overview');
    expect(loading()).toBe('Loading the overview…');
  });

  it('opens a tool page under Inventory, with the id decoded', async () => {
    await at(href(['tools', 'chat gpt/4']));
    expect(loading()).toBe('Loading the tool…');
    expect(activeNav()).toBe('Inventory');
    // The query starts after the page renders; on a loaded machine that can be after the menu shows.
    await waitFor(() =>
      expect(calls).toContainEqual({
        path: 'admin.inventory.tool',
        input: { toolId: 'chat gpt/4', days: 90 },
      }),
    );
  });

  it('opens a person by id, reserved characters included', async () => {
    await at(href(['users', 'dana+ops@example.com']));
    expect(loading()).toBe('Loading the person…');
    expect(activeNav()).toBe('People');
    // The query starts after the page renders; on a loaded machine that can be after the menu shows.
    await waitFor(() =>
      expect(calls).toContainEqual({
        path: 'admin.inventory.user',
        input: { userId: 'dana+ops@example.com' },
      }),
    );
  });

  it('matches the path before the query, and the page reads the query from the hash', async () => {
    await at('#/bypasses?days=30');
    expect(heading()).toBe('Opened with a reason');
    expect(activeNav()).toBeUndefined();
    expect(calls.find((c) => c.path === 'admin.inventory.bypasses')?.input).toMatchObject({ days: 30 });
    expect(window.location.hash).toBe('#/bypasses?days=30');
  });

  it('shows the not-found view for an unknown page, with no menu entry marked', async () => {
    await at('#/nowhere?x=1');
    expect(heading()).toBe('Page not found');
    expect(activeNav()).toBeUndefined();
  });

  it('follows the hash when it changes (links, back and forward)', async () => {
    await at('#/settings');
    expect(heading()).toBe('Settings');
    act(() => {
      window.location.hash = '#/bypasses?days=all';
    });
    await waitFor(() => expect(heading()).toBe('Opened with a reason'));
    expect(activeNav()).toBeUndefined();
    act(() => {
      window.location.hash = '#/devices';
    });
    await waitFor(() => expect(heading()).toBe('Devices'));
    expect(activeNav()).toBe('Devices');
  });

  it('goes back and forward through the pages visited', async () => {
    await at('#/settings');
    act(() => {
      window.location.hash = '#/devices';
    });
    await waitFor(() => expect(heading()).toBe('Devices'));
    act(() => window.history.back());
    await waitFor(() => expect(heading()).toBe('Settings'));
    expect(activeNav()).toBe('Settings');
    act(() => window.history.forward());
    await waitFor(() => expect(heading()).toBe('Devices'));
  });

  it('asks a signed-out visitor to sign in, whatever the hash', async () => {
    me.signedIn = false;
    // No server beside the page here: the sign-in view's single-sign-on probe finds none.
    vi.stubGlobal('fetch', () => Promise.resolve(new Response('', { status: 404 })));
    window.location.hash = '#/tools/chatgpt';
    render(<App />);
    expect(await screen.findByRole('button', { name: /sign in/i })).toBeTruthy();
    expect(screen.queryByRole('navigation', { name: 'Main' })).toBeNull();
  });
});
