// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type MockTree, renderWithApi } from '../testing/mock-api';
import { RequestsPage } from './RequestsPage';

const api = vi.hoisted(() => ({
  queue: vi.fn(),
  list: vi.fn(),
  answer: vi.fn(),
  answerMany: vi.fn(),
}));
const apiTree: MockTree = {
  admin: {
    requests: {
      queue: { query: api.queue },
      list: { query: api.list },
      answer: { mutate: api.answer },
      answerMany: { mutate: api.answerMany },
    },
    // Names as the server gives them (the catalog in use), for the ids asked.
    tools: {
      get: {
        query: vi.fn(({ ids }: { ids: string[] }) =>
          Promise.resolve(ids.map((id) => ({ id, name: id === 'claude' ? 'Claude' : 'Gemini' }))),
        ),
      },
    },
  },
};

const NOW = Date.now();
const DAY = 86_400_000;
const request = (id: string, person: string, at: number) => ({
  id,
  deviceId: `device-${id}`,
  kind: 'approval' as const,
  toolId: 'claude',
  person,
  reason: 'Long documents',
  status: 'pending' as const,
  note: null,
  decidedBy: null,
  decidedAt: null,
  at,
});

function renderPage() {
  return renderWithApi(<RequestsPage />, apiTree, { role: 'admin', name: 'Dana', canWrite: true });
}

describe('Requests queue', () => {
  beforeEach(() => {
    window.location.hash = '#/requests';
    api.queue.mockResolvedValue([
      {
        toolId: 'claude',
        decision: 'prohibited',
        pending: 3,
        people: 2,
        oldestAt: NOW - 12 * DAY,
        newestAt: NOW,
      },
      { toolId: 'gemini', decision: null, pending: 1, people: 1, oldestAt: NOW - 2 * DAY, newestAt: NOW },
    ]);
    api.list.mockResolvedValue({
      total: 2,
      rows: [request('r1', 'ada@example.com', NOW - 12 * DAY), request('r2', 'bob@example.com', NOW - DAY)],
    });
    api.answer.mockResolvedValue({});
    api.answerMany.mockResolvedValue([]);
  });
  afterEach(() => {
    cleanup();
    vi.clearAllMocks();
  });

  it('groups waiting requests by tool with counts and age, and lists requests oldest first', async () => {
    renderPage();
    const queue = await screen.findByRole('table', { name: 'Pending requests by tool' });
    await within(queue).findByText('3 from 2 people', { exact: false });
    const [, claude, gemini] = await within(queue).findAllByRole('row');
    expect(claude!.textContent).toContain('3 from 2 people');
    expect(claude!.textContent).toContain('12 days ago');
    expect(gemini!.textContent).toContain('1 from 1 person');
    expect(within(claude!).getByRole('link', { name: 'Decide this tool' }).getAttribute('href')).toBe(
      '#/tools/claude',
    );
    expect(api.list).toHaveBeenCalledWith(expect.objectContaining({ status: 'pending', order: 'asc' }));

    fireEvent.click(within(claude!).getByRole('button', { name: 'Show requests' }));
    expect(window.location.hash).toContain('tool=claude');
  });

  it('answers the selected requests at once, each for its own requester', async () => {
    renderPage();
    fireEvent.click(
      await screen.findByRole('checkbox', { name: 'Select the request for Claude from ada@example.com' }),
    );
    fireEvent.click(
      screen.getByRole('checkbox', { name: 'Select the request for Claude from bob@example.com' }),
    );
    const bulk = screen.getByRole('group', { name: 'Answer the selected requests' });
    expect(bulk.textContent).toContain('2 selected');
    fireEvent.change(within(bulk).getByLabelText('Note to each requester (optional)'), {
      target: { value: 'Fine for now' },
    });
    fireEvent.click(within(bulk).getByRole('button', { name: 'Approve selected, each for that person' }));
    await waitFor(() =>
      expect(api.answerMany).toHaveBeenCalledWith({
        requests: [
          { id: 'r1', deviceId: 'device-r1' },
          { id: 'r2', deviceId: 'device-r2' },
        ],
        status: 'approved',
        note: 'Fine for now',
        until: null,
      }),
    );
  });

  it('approves a tool for everyone from its row through its oldest request', async () => {
    renderPage();
    fireEvent.click(await screen.findByRole('button', { name: 'Approve Claude for everyone' }));
    await waitFor(() =>
      expect(api.answer).toHaveBeenCalledWith({
        id: 'r1',
        deviceId: 'device-r1',
        status: 'approved',
        scope: 'everyone',
        note: null,
      }),
    );
    expect(api.list).toHaveBeenCalledWith({
      status: 'pending',
      toolId: 'claude',
      order: 'asc',
      limit: 1,
      offset: 0,
    });
  });
});
