// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { type MockTree, renderWithApi } from '../../testing/mock-api';
import { BulkEditor } from './BulkEditor';

const api = vi.hoisted(() => ({ page: vi.fn(), setMany: vi.fn() }));
const apiTree: MockTree = {
  admin: { decisions: { page: { query: api.page }, setMany: { mutate: api.setMany } } },
};

afterEach(() => {
  cleanup();
  vi.clearAllMocks();
});

describe('BulkEditor', () => {
  it('refuses a selection larger than one change can save', () => {
    const ids = Array.from({ length: 501 }, (_, i) => `tool-${i}`);
    renderWithApi(<BulkEditor toolIds={ids} onSaved={() => {}} />, apiTree);
    fireEvent.change(screen.getByLabelText('Status'), { target: { value: 'prohibited' } });
    expect(screen.getByRole('alert').textContent).toContain('at most 500 tools');
    expect(screen.getByRole<HTMLButtonElement>('button', { name: 'Apply to 501 tools' }).disabled).toBe(true);
  });

  it('decides tools that had no decision with the status chosen and its default enforcement', async () => {
    api.page.mockResolvedValue({ total: 0, rows: [] });
    api.setMany.mockResolvedValue([]);
    const onSaved = vi.fn();
    renderWithApi(<BulkEditor toolIds={['new-tool']} onSaved={onSaved} />, apiTree);
    fireEvent.change(screen.getByLabelText('Conditions'), { target: { value: 'Public data only' } });
    fireEvent.click(screen.getByRole('button', { name: 'Apply to 1 tool' }));
    await waitFor(() => expect(onSaved).toHaveBeenCalledWith(1));
    expect(api.setMany).toHaveBeenCalledWith({
      decisions: [
        {
          toolId: 'new-tool',
          status: 'review',
          enforcement: 'acknowledge',
          conditions: 'Public data only',
          allowedDataClasses: [],
          alternativeToolId: null,
        },
      ],
    });
  });
});
