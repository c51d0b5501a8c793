// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SignIn } from './SignIn';

afterEach(cleanup);

describe('SignIn', () => {
  it('sends the trimmed token and clears the field once signed in', async () => {
    const onSignIn = vi.fn().mockResolvedValue(undefined);
    render(<SignIn onSignIn={onSignIn} />);
    const input = screen.getByLabelText<HTMLInputElement>('Access token');
    expect(input.type).toBe('password');
    fireEvent.change(input, { target: { value: '  secret-token  ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    await waitFor(() => expect(onSignIn).toHaveBeenCalledWith('secret-token'));
    await waitFor(() => expect(input.value).toBe(''));
  });

  it('says why sign-in failed and keeps what was typed', async () => {
    render(<SignIn onSignIn={() => Promise.reject(new Error('unknown or revoked token'))} />);
    fireEvent.change(screen.getByLabelText('Access token'), { target: { value: 'wrong' } });
    fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    expect((await screen.findByRole('alert')).textContent).toContain('unknown or revoked token');
    expect(screen.getByLabelText<HTMLInputElement>('Access token').value).toBe('wrong');
  });

  it('cannot be submitted empty', () => {
    render(<SignIn onSignIn={vi.fn()} message="Your session ended. Sign in again." />);
    expect(screen.getByRole<HTMLButtonElement>('button', { name: 'Sign in' }).disabled).toBe(true);
    expect(screen.getByRole('status').textContent).toBe('Your session ended. Sign in again.');
  });
});
