// @vitest-environment happy-dom
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { Decision } from '@lantern/shared';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type MockTree, renderWithApi } from '../testing/mock-api';
import { ApprovedPage } from './ApprovedPage';

type PageRow = Decision & { name: string; alternativeName: string | null; users: number };

const api = vi.hoisted(() => ({
  page: vi.fn(),
  inventoryTools: vi.fn(),
  setMany: vi.fn(),
  syncStatus: vi.fn(),
}));
const apiTree: MockTree = {
  admin: {
    decisions: { page: { query: api.page }, setMany: { mutate: api.setMany } },
    inventory: { tools: { query: api.inventoryTools } },
    dashboard: { syncStatus: { query: api.syncStatus } },
  },
};

// 120 decided tools: more than the 50 a page shows.
const decided: PageRow[] = Array.from({ length: 120 }, (_, i) => ({
  toolId: `tool-${String(i).padStart(3, '0')}`,
  name: `Tool ${String(i).padStart(3, '0')}`,
  status: i % 2 ? 'approved' : 'conditional',
  enforcement: i % 2 ? 'inform' : 'acknowledge',
  conditions: i % 2 ? null : `Conditions ${i}`,
  allowedDataClasses: i % 2 ? [] : ['internal'],
  alternativeToolId: null,
  alternativeName: null,
  decidedBy: 'token:Dana',
  decidedAt: Date.UTC(2026, 10, 1),
  users: i,
}));

/** What the server would answer: the filters are the server's, so here only paging and selection. */
function serve(input: { toolIds?: string[]; limit: number; offset?: number }) {
  const rows = input.toolIds ? decided.filter((d) => input.toolIds!.includes(d.toolId)) : decided;
  const offset = input.offset ?? 0;
  return Promise.resolve({ total: rows.length, rows: rows.slice(offset, offset + input.limit) });
}

function renderPage(canWrite = true) {
  return renderWithApi(<ApprovedPage />, apiTree, {
    role: canWrite ? 'admin' : 'auditor',
    name: 'Dana',
    canWrite,
  });
}

const go = (hash: string) =>
  act(() => {
    window.location.hash = hash;
    window.dispatchEvent(new HashChangeEvent('hashchange'));
  });

beforeEach(() => {
  window.location.hash = '#/approved';
  api.page.mockImplementation(serve);
  api.setMany.mockResolvedValue([]);
  api.syncStatus.mockResolvedValue({
    configVersion: 7,
    pullIntervalSeconds: 300,
    lastChangeAt: Date.now() - 60_000,
    everyBrowserBy: Date.now() + 240_000,
  });
  api.inventoryTools.mockResolvedValue({
    total: 1,
    rows: [{ toolId: 'new-tool', name: 'New Tool', users: 12, status: 'undecided' }],
  });
});
afterEach(() => {
  cleanup();
  vi.clearAllMocks();
});

describe('ApprovedPage', () => {
  it('asks the server for one page of decisions with the filters and sort in the URL', async () => {
    go('#/approved?q=tool&status=conditional&enf=acknowledge&sort=decidedAt&order=desc&page=2');
    renderPage();
    const table = await screen.findByRole('table', { name: 'Decisions per tool' });
    await within(table).findByRole('link', { name: 'Tool 050' });
    expect(api.page).toHaveBeenCalledWith({
      search: 'tool',
      status: ['conditional'],
      enforcement: ['acknowledge'],
      sort: 'decidedAt',
      order: 'desc',
      limit: 50,
      offset: 50,
    });
    expect(within(table).getAllByRole('row')).toHaveLength(51);
    expect(screen.getByText('Showing 51–100 of 120')).toBeTruthy();
    expect(screen.getByRole('columnheader', { name: /Decided/ }).getAttribute('aria-sort')).toBe(
      'descending',
    );
    expect(screen.getByText(/Config version 7/)).toBeTruthy();
  });

  it('sorts on the server when a column header is pressed, starting again at page one', async () => {
    go('#/approved?page=3');
    renderPage();
    await screen.findByRole('link', { name: 'Tool 100' });
    fireEvent.click(screen.getByRole('button', { name: /Status/ }));
    await waitFor(() => expect(window.location.hash).toBe('#/approved?sort=status'));
    await waitFor(() =>
      expect(api.page).toHaveBeenLastCalledWith(expect.objectContaining({ sort: 'status', offset: 0 })),
    );
  });

  it('changes tools selected on two pages at once, keeping what the change does not touch', async () => {
    renderPage();
    fireEvent.click(await screen.findByRole('checkbox', { name: 'Select Tool 000' }));
    go('#/approved?page=2');
    fireEvent.click(await screen.findByRole('checkbox', { name: 'Select Tool 051' }));
    expect(screen.getByText('2 selected (up to 500 at once)')).toBeTruthy();

    const editor = screen.getByRole('form', { name: 'Change 2 selected tools' });
    fireEvent.change(within(editor).getByLabelText('Status'), { target: { value: 'prohibited' } });
    fireEvent.click(within(editor).getByRole('button', { name: 'Apply to 2 tools' }));
    await waitFor(() => expect(api.setMany).toHaveBeenCalledTimes(1));
    // The current decisions were read for exactly the selection, not from a list of every decision.
    expect(api.page).toHaveBeenCalledWith({ toolIds: ['tool-000', 'tool-051'], limit: 500 });
    expect(api.setMany).toHaveBeenCalledWith({
      decisions: [
        {
          toolId: 'tool-000',
          status: 'prohibited',
          enforcement: 'block',
          conditions: 'Conditions 0',
          allowedDataClasses: ['internal'],
          alternativeToolId: null,
        },
        expect.objectContaining({ toolId: 'tool-051', status: 'prohibited', enforcement: 'block' }),
      ],
    });
    await screen.findByText('Saved 2 decisions.');
    // The note about when browsers have the change is read again after the save.
    await waitFor(() => expect(api.syncStatus).toHaveBeenCalledTimes(2));
    expect(screen.queryByRole('form', { name: /selected/ })).toBeNull();
  });

  it('lists tools in use that nobody decided on, so they can be decided in bulk too', async () => {
    go('#/approved?status=undecided&enf=block');
    renderPage();
    await screen.findByRole('link', { name: 'New Tool' });
    expect(api.page).not.toHaveBeenCalled();
    expect(api.inventoryTools).toHaveBeenCalledWith(
      expect.objectContaining({ status: ['undecided'], sort: 'name', limit: 50, offset: 0 }),
    );
    expect(screen.getByLabelText<HTMLSelectElement>('In the browser').disabled).toBe(true);
    expect(screen.getByRole('checkbox', { name: 'Select New Tool' })).toBeTruthy();
  });

  it('shows an auditor the list without anything to change it', async () => {
    renderPage(false);
    await screen.findByRole('link', { name: 'Tool 000' });
    expect(screen.queryByRole('checkbox')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Select all on this page' })).toBeNull();
    expect(screen.getByText(/you can see everything here but not change it/)).toBeTruthy();
  });
});
