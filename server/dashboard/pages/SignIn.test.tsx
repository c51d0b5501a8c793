// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SignIn } from './SignIn';

afterEach(cleanup);

const noSso = () => Promise.resolve(false);

describe('SignIn', () => {
  it('sends the trimmed token and clears the field once signed in', async () => {
    const onSignIn = vi.fn().mockResolvedValue(undefined);
    render(<SignIn ssoAvailable={noSso} onSignIn={onSignIn} />);
    const input = screen.getByLabelText<HTMLInputElement>('Access token');
    expect(input.type).toBe('password');
    fireEvent.change(input, { target: { value: '  secret-token  ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    await waitFor(() => expect(onSignIn).toHaveBeenCalledWith('secret-token'));
    await waitFor(() => expect(input.value).toBe(''));
  });

  it('says why sign-in failed and keeps what was typed', async () => {
    render(
      <SignIn ssoAvailable={noSso} onSignIn={() => Promise.reject(new Error('unknown or revoked token'))} />,
    );
    fireEvent.change(screen.getByLabelText('Access token'), { target: { value: 'wrong' } });
    fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    expect((await screen.findByRole('alert')).textContent).toContain('unknown or revoked token');
    expect(screen.getByLabelText<HTMLInputElement>('Access token').value).toBe('wrong');
  });

  it('cannot be submitted empty', () => {
    render(<SignIn ssoAvailable={noSso} onSignIn={vi.fn()} message="Your session ended. Sign in again." />);
    expect(screen.getByRole<HTMLButtonElement>('button', { name: 'Sign in' }).disabled).toBe(true);
    expect(screen.getByRole('status').textContent).toBe('Your session ended. Sign in again.');
  });

  it('offers single sign-on when the server has an identity provider', async () => {
    render(<SignIn onSignIn={vi.fn()} ssoAvailable={() => Promise.resolve(true)} />);
    const link = await screen.findByRole('link', { name: 'Sign in with your organisation account' });
    expect(link.getAttribute('href')).toBe('auth/oidc/login');
    expect(screen.getByLabelText('Access token')).toBeTruthy();
  });

  it('offers only the token form without one', async () => {
    render(<SignIn onSignIn={vi.fn()} ssoAvailable={() => Promise.resolve(false)} />);
    await waitFor(() => expect(screen.queryByRole('link')).toBeNull());
  });
});
