// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { Actor, parseActor } from './Actor';

afterEach(cleanup);

describe('Actor', () => {
  it('shows the name, with the full actor in the tooltip and the role and id for screen readers', () => {
    render(<Actor actor="admin:bootstrap admin (d77ec95e)" />);
    const el = screen.getByTitle('admin:bootstrap admin (d77ec95e)');
    expect(el.firstChild?.textContent).toBe('bootstrap admin');
    expect(el.textContent).toBe('bootstrap admin (admin, token d77ec95e)');
  });

  it('keeps names with brackets and actors of another shape', () => {
    expect(parseActor('auditor:Kim (external) (0a1b2c3d)')).toEqual({
      name: 'Kim (external)',
      role: 'auditor',
      id: '0a1b2c3d',
    });
    expect(parseActor('system')).toEqual({ name: 'system', role: null, id: null });
    expect(parseActor('admin:Dana')).toEqual({ name: 'Dana', role: 'admin', id: null });
  });
});
