// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { type MockTree, renderWithApi } from '../../testing/mock-api';
import { AddTool } from './AddTool';

const search = vi.hoisted(() => vi.fn());
const apiTree: MockTree = { admin: { catalog: { search: { query: search } } } };

afterEach(() => {
  cleanup();
  vi.clearAllMocks();
});

describe('AddTool', () => {
  it("finds a tool in the server's catalog by name and opens its decision", async () => {
    window.location.hash = '#/approved';
    // A tool from a release newer than this dashboard, under the organisation's name for it.
    search.mockResolvedValue([{ id: 'quillmind', name: 'Quillmind (ours)', vendor: 'Quillmind Labs' }]);
    renderWithApi(<AddTool />, apiTree);
    const field = screen.getByLabelText('Decide on another catalog tool');
    const open = screen.getByRole('button', { name: 'Open decision' });
    expect(open).toHaveProperty('disabled', true);
    expect(search).not.toHaveBeenCalled();

    fireEvent.change(field, { target: { value: '  quillmind (OURS) ' } });
    await waitFor(() => expect(open).toHaveProperty('disabled', false));
    expect(search).toHaveBeenLastCalledWith({ text: 'quillmind (OURS)' });
    fireEvent.click(open);
    expect(window.location.hash).toBe('#/tools/quillmind');
  });

  it('keeps the button off while the text names no tool exactly', async () => {
    search.mockResolvedValue([{ id: 'quillmind', name: 'Quillmind', vendor: 'Quillmind Labs' }]);
    renderWithApi(<AddTool />, apiTree);
    fireEvent.change(screen.getByLabelText('Decide on another catalog tool'), { target: { value: 'quill' } });
    await waitFor(() => expect(search).toHaveBeenCalledWith({ text: 'quill' }));
    await new Promise((r) => setTimeout(r, 20));
    expect(screen.getByRole('button', { name: 'Open decision' })).toHaveProperty('disabled', true);
  });
});
