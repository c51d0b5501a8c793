// @vitest-environment happy-dom
import { cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type MockTree, renderWithApi } from '../../testing/mock-api';
import { AlternativePicker } from './AlternativePicker';

const api = vi.hoisted(() => ({ page: vi.fn(), toolsGet: vi.fn() }));
const apiTree: MockTree = {
  admin: { decisions: { page: { query: api.page } }, tools: { get: { query: api.toolsGet } } },
};

const row = (toolId: string, name: string) => ({ toolId, name });

beforeEach(() => {
  api.page.mockImplementation(({ search }: { search?: string }) =>
    Promise.resolve(
      search
        ? { total: 1, rows: [row('org-writer', 'Acme Writer')] }
        : { total: 240, rows: [row('chatgpt', 'ChatGPT'), row('claude', 'Claude'), row('gemini', 'Gemini')] },
    ),
  );
  api.toolsGet.mockResolvedValue([{ id: 'org-legacy', name: 'Legacy Assistant' }]);
});
afterEach(() => {
  cleanup();
  vi.clearAllMocks();
});

describe('AlternativePicker', () => {
  it('offers the first approved tools and says how many more a search would reach', async () => {
    renderWithApi(<AlternativePicker toolId="claude" value={null} onChange={() => {}} />, apiTree);
    await screen.findByRole('option', { name: 'ChatGPT' });
    expect(api.page).toHaveBeenCalledWith({
      status: ['approved', 'conditional'],
      search: undefined,
      sort: 'name',
      order: 'asc',
      limit: 50,
    });
    // Never the tool itself.
    expect(screen.queryByRole('option', { name: 'Claude' })).toBeNull();
    expect(screen.getByText('The first 50 of 240 approved tools; type to narrow.')).toBeTruthy();
  });

  it('searches on the server as the admin types, and reports the choice', async () => {
    const onChange = vi.fn();
    renderWithApi(<AlternativePicker toolId="claude" value={null} onChange={onChange} />, apiTree);
    await screen.findByRole('option', { name: 'ChatGPT' });
    fireEvent.change(screen.getByLabelText('Find an approved alternative'), { target: { value: 'acme' } });
    await screen.findByRole('option', { name: 'Acme Writer' });
    expect(api.page).toHaveBeenLastCalledWith(expect.objectContaining({ search: 'acme' }));
    fireEvent.change(screen.getByLabelText('Approved alternative'), { target: { value: 'org-writer' } });
    expect(onChange).toHaveBeenCalledWith('org-writer');
    fireEvent.change(screen.getByLabelText('Approved alternative'), { target: { value: '' } });
    expect(onChange).toHaveBeenLastCalledWith(null);
  });

  it('keeps the current alternative selectable by name even when a search leaves it out', async () => {
    renderWithApi(<AlternativePicker toolId="claude" value="org-legacy" onChange={() => {}} />, apiTree);
    await screen.findByRole('option', { name: 'Legacy Assistant' });
    expect(api.toolsGet).toHaveBeenCalledWith({ ids: ['org-legacy'] });
    expect(screen.getByLabelText<HTMLSelectElement>('Approved alternative').value).toBe('org-legacy');
  });
});
