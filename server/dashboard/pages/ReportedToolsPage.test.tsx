// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type MockTree, renderWithApi } from '../testing/mock-api';
import { ReportedToolsPage } from './ReportedToolsPage';

const api = vi.hoisted(() => ({ list: vi.fn(), accept: vi.fn(), dismiss: vi.fn() }));
const apiTree: MockTree = {
  admin: {
    reports: {
      list: { query: api.list },
      accept: { mutate: api.accept },
      dismiss: { mutate: api.dismiss },
    },
  },
};

const row = {
  id: 'org-union',
  name: 'Union',
  hostname: 'union-members.example.org',
  category: null,
  status: 'open' as const,
  reports: 9,
  people: 7,
  reporters: ['a@example.com', 'b@example.com', 'c@example.com', 'd@example.com', 'e@example.com'],
  firstReportedAt: Date.UTC(2026, 10, 1),
  lastReportedAt: Date.UTC(2026, 10, 20),
  decidedBy: null,
  decidedAt: null,
};

function renderPage(canWrite = true) {
  return renderWithApi(<ReportedToolsPage />, apiTree, {
    role: canWrite ? 'admin' : 'auditor',
    name: 'Dana',
    canWrite,
  });
}

describe('Reported tools page', () => {
  beforeEach(() => {
    window.location.hash = '#/reported';
    api.list.mockResolvedValue({ total: 1, rows: [row] });
    api.accept.mockResolvedValue({});
    api.dismiss.mockResolvedValue({});
  });
  afterEach(() => {
    cleanup();
    vi.clearAllMocks();
  });

  it('lists open reports with how many people reported them and who', async () => {
    renderPage();
    expect(await screen.findByText('union-members.example.org')).toBeTruthy();
    expect(screen.getByText(/e@example\.com and 2 more/)).toBeTruthy();
    expect(api.list).toHaveBeenCalledWith({ status: 'open', limit: 50, offset: 0 });
  });

  it('accepts only with the explicit catalog takeover the admin ticked', async () => {
    renderPage();
    fireEvent.click(await screen.findByRole('button', { name: 'Review Union' }));
    fireEvent.click(screen.getByRole('checkbox'));
    fireEvent.click(screen.getByRole('button', { name: /Accept into/ }));
    await waitFor(() =>
      expect(api.accept).toHaveBeenCalledWith({
        id: 'org-union',
        name: 'Union',
        domains: ['union-members.example.org'],
        overrideCatalog: true,
      }),
    );
  });

  it('dismisses with a note for the reporters', async () => {
    renderPage();
    fireEvent.click(await screen.findByRole('button', { name: 'Review Union' }));
    fireEvent.change(screen.getByLabelText(/Note to the reporters/), { target: { value: 'Not for work' } });
    fireEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
    await waitFor(() => expect(api.dismiss).toHaveBeenCalledWith({ id: 'org-union', note: 'Not for work' }));
  });

  it('is read-only for auditors', async () => {
    renderPage(false);
    expect(await screen.findByText('union-members.example.org')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Review Union' })).toBeNull();
  });
});
