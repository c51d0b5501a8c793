// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { type MockTree, renderWithApi } from '../testing/mock-api';
import { ErasePerson } from './ErasePerson';

const api = vi.hoisted(() => ({ erase: vi.fn() }));
const apiTree: MockTree = { admin: { people: { erase: { mutate: api.erase } } } };

function renderIt(canWrite: boolean) {
  renderWithApi(<ErasePerson userId="u1" person="ada@example.com" />, apiTree, {
    role: canWrite ? 'admin' : 'auditor',
    name: 'Dana',
    canWrite,
  });
}

describe('ErasePerson', () => {
  afterEach(() => {
    cleanup();
    vi.clearAllMocks();
  });

  it('erases only after ERASE is typed, then says so', async () => {
    api.erase.mockResolvedValue({ note: "erased on 2026-12-04 at the person's request" });
    renderIt(true);
    fireEvent.click(screen.getByRole('button', { name: /Erase this person/ }));
    const submit = screen.getByRole('button', { name: 'Erase for good' });
    expect((submit as HTMLButtonElement).disabled).toBe(true);
    fireEvent.change(screen.getByLabelText(/Type ERASE/), { target: { value: 'ERASE' } });
    fireEvent.click(submit);
    await waitFor(() => expect(api.erase).toHaveBeenCalledWith({ userId: 'u1' }));
    expect(await screen.findByText(/erased on 2026-12-04 at the person's request/)).toBeTruthy();
  });

  it('is not offered to auditors', () => {
    renderIt(false);
    expect(screen.queryByRole('button', { name: /Erase/ })).toBeNull();
  });
});
