// @vitest-environment happy-dom
import { useMutation, useQuery } from '@tanstack/react-query';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithApi } from '../../testing/mock-api';
import type { Session } from '../../session';
import { TokenList, createdColumn, type TokenRow } from './TokenList';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

/** An in-memory token store behind the list, as the server would keep it. */
function store() {
  const rows: TokenRow[] = [
    { id: 't1', name: 'Laptops', created_at: Date.UTC(2026, 10, 1), revoked_at: null },
  ];
  return {
    rows,
    load: () => Promise.resolve(rows.map((r) => ({ ...r }))),
    create: (name: string) => {
      if (rows.some((r) => r.name === name)) return Promise.reject(new Error(`name: "${name}" is taken`));
      rows.push({ id: `t${rows.length + 1}`, name, created_at: Date.now(), revoked_at: null });
      return Promise.resolve({ token: `secret-${rows.length}` });
    },
    revoke: (row: TokenRow) => {
      rows.find((r) => r.id === row.id)!.revoked_at = Date.now();
      return Promise.resolve();
    },
  };
}

/** What a settings section does: the list as a query, changes as mutations (which refresh the list). */
function Tokens({ tokens }: { tokens: ReturnType<typeof store> }) {
  const list = useQuery({ queryKey: ['tokens'], queryFn: tokens.load });
  const create = useMutation({ mutationFn: tokens.create });
  const revoke = useMutation({ mutationFn: tokens.revoke });
  return (
    <TokenList<TokenRow>
      title="Enrolment tokens"
      intro="For the browser policy."
      noun="enrolment token"
      namePlaceholder="e.g. Sales"
      list={list}
      create={create.mutateAsync}
      revoke={revoke.mutateAsync}
      confirmRevoke={(row) => `Revoke "${row.name}"?`}
      columns={[createdColumn()]}
    />
  );
}

function renderAs(session: Session, tokens: ReturnType<typeof store>) {
  return renderWithApi(<Tokens tokens={tokens} />, {}, session);
}

const admin: Session = { role: 'admin', name: 'Dana', canWrite: true };

describe('TokenList', () => {
  it('creates a token, shows its secret once, and lists it', async () => {
    const tokens = store();
    renderAs(admin, tokens);
    await screen.findByText('Laptops');
    fireEvent.change(screen.getByLabelText('Name'), { target: { value: '  Sales  ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Create enrolment token' }));
    expect(await screen.findByText('secret-2')).toBeTruthy();
    await screen.findByText('Sales');
    expect(tokens.rows.map((r) => r.name)).toEqual(['Laptops', 'Sales']);
    expect(screen.getByLabelText<HTMLInputElement>('Name').value).toBe('');
  });

  it('says why a token was refused and keeps what was typed', async () => {
    const tokens = store();
    renderAs(admin, tokens);
    await screen.findByText('Laptops');
    fireEvent.change(screen.getByLabelText('Name'), { target: { value: 'Laptops' } });
    fireEvent.click(screen.getByRole('button', { name: 'Create enrolment token' }));
    expect((await screen.findByRole('alert')).textContent).toContain('is taken');
    expect(screen.getByLabelText<HTMLInputElement>('Name').value).toBe('Laptops');
  });

  it('revokes only after the admin confirms', async () => {
    const tokens = store();
    const confirm = vi.fn().mockReturnValueOnce(false).mockReturnValueOnce(true);
    vi.stubGlobal('confirm', confirm);
    renderAs(admin, tokens);
    const revoke = await screen.findByRole('button', { name: 'Revoke enrolment token Laptops' });
    fireEvent.click(revoke);
    expect(confirm).toHaveBeenCalledWith('Revoke "Laptops"?');
    expect(tokens.rows[0]!.revoked_at).toBeNull();
    fireEvent.click(revoke);
    await waitFor(() => expect(tokens.rows[0]!.revoked_at).not.toBeNull());
    const row = (await screen.findByText('Revoked')).closest('tr')!;
    expect(within(row).getByText('Laptops')).toBeTruthy();
  });

  it('gives an auditor the list without a form or a revoke button', async () => {
    renderAs({ role: 'auditor', name: 'Audrey', canWrite: false }, store());
    await screen.findByText('Laptops');
    expect(screen.queryByLabelText('Name')).toBeNull();
    expect(screen.queryByRole('button', { name: /Revoke/ })).toBeNull();
    expect(screen.getByText('Active')).toBeTruthy();
  });
});
