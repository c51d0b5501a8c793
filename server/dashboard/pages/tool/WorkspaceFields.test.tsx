// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { type MockTree, renderWithApi } from '../../testing/mock-api';
import { DecisionEditor } from './DecisionEditor';

const api = vi.hoisted(() => ({
  set: vi.fn(),
  page: vi.fn(() => Promise.resolve({ total: 0, rows: [] })),
  toolsGet: vi.fn(),
}));
const apiTree: MockTree = {
  admin: {
    decisions: { set: { mutate: api.set }, page: { query: api.page } },
    tools: { get: { query: api.toolsGet } },
    dashboard: { syncStatus: { query: () => new Promise(() => undefined) } },
  },
};

afterEach(() => {
  cleanup();
  vi.clearAllMocks();
});

const WS = '550e8400-e29b-41d4-a716-446655440000';
const current = {
  toolId: 'chatgpt',
  status: 'approved' as const,
  enforcement: 'inform' as const,
  conditions: null,
  allowedDataClasses: [],
  alternativeToolId: null,
  decidedBy: 'admin',
  decidedAt: Date.UTC(2026, 11, 1),
  companyWorkspace: { ids: [WS], link: null, since: Date.UTC(2026, 10, 20) },
};

describe('company workspace in the decision editor', () => {
  it('shows the restriction and since when, and sends the identifiers and link as typed', async () => {
    api.set.mockResolvedValue(current);
    renderWithApi(<DecisionEditor toolId="chatgpt" toolName="ChatGPT" current={current} />, apiTree);
    expect(screen.getByText(/Restricted since/)).toBeTruthy();
    expect(screen.getByText(/Where to find it/).textContent).toContain('workspace ID');
    fireEvent.change(screen.getByLabelText('ChatGPT workspace ID (UUID)'), {
      target: { value: `${WS}, 6ba7b810-9dad-11d1-80b4-00c04fd430c8` },
    });
    fireEvent.change(screen.getByLabelText(/Link to the company workspace/), {
      target: { value: 'https://chatgpt.com/' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Save decision' }));
    await waitFor(() => expect(api.set).toHaveBeenCalled());
    expect(api.set.mock.calls[0]![0].companyWorkspace).toEqual({
      ids: [WS, '6ba7b810-9dad-11d1-80b4-00c04fd430c8'],
      link: 'https://chatgpt.com/',
    });
  });

  it('removes it when unticked, and offers nothing for a tool whose vendor has no such control', async () => {
    api.set.mockResolvedValue(current);
    renderWithApi(<DecisionEditor toolId="chatgpt" toolName="ChatGPT" current={current} />, apiTree);
    fireEvent.click(screen.getByLabelText(/Allow ChatGPT only in our company workspace/));
    fireEvent.click(screen.getByRole('button', { name: 'Save decision' }));
    await waitFor(() => expect(api.set).toHaveBeenCalled());
    expect(api.set.mock.calls[0]![0].companyWorkspace).toBeNull();
    cleanup();
    renderWithApi(<DecisionEditor toolId="perplexity" toolName="Perplexity" current={null} />, apiTree);
    expect(screen.queryByText('Company workspace only')).toBeNull();
  });
});
