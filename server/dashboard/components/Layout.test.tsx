// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Layout } from './Layout';

afterEach(cleanup);

describe('Layout', () => {
  it('marks the current page in the menu, and a tool page under Inventory', () => {
    const { rerender } = render(
      <Layout current="requests" who="Dana" role="admin" onSignOut={() => {}}>
        <p>content</p>
      </Layout>,
    );
    const nav = screen.getByRole('navigation', { name: 'Main' });
    expect(nav.querySelector('[aria-current="page"]')?.textContent).toBe('Requests');
    rerender(
      <Layout current="tools" who="Dana" role="admin" onSignOut={() => {}}>
        <p>content</p>
      </Layout>,
    );
    expect(nav.querySelector('[aria-current="page"]')?.textContent).toBe('Inventory');
  });

  it('tells an auditor they are read-only and signs out on request', () => {
    const onSignOut = vi.fn();
    render(
      <Layout current="overview" who="External auditor" role="auditor" onSignOut={onSignOut}>
        <p>content</p>
      </Layout>,
    );
    expect(screen.getByText('Auditor (read-only)')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Sign out' }));
    expect(onSignOut).toHaveBeenCalledOnce();
    expect(screen.getByRole('main').textContent).toBe('content');
  });
});
