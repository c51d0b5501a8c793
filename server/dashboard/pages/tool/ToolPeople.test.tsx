// @vitest-environment happy-dom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ToolPeople } from './ToolPeople';
import type { ToolDetail } from './types';

afterEach(cleanup);

const person = (userId: string, label: string, accepted: boolean) => ({
  userId,
  person: label,
  firstSeenAt: Date.UTC(2026, 8, 1),
  lastSeenAt: Date.UTC(2026, 10, 20),
  acceptedCurrentPolicy: accepted,
});

describe('ToolPeople', () => {
  it('links each person to their own page, even when two share a label', () => {
    // Only the parts of the detail this section shows.
    const detail = {
      people: [
        person('u-1', 'ada@example.com', true),
        person('u-2', 'person-0a1b2c3d4e5f', false),
        person('u-3', 'person-0a1b2c3d4e5f', true),
      ],
      registrations: [],
    } as unknown as ToolDetail;
    render(<ToolPeople detail={detail} />);
    const table = screen.getByRole('table', { name: 'People using this tool' });
    const links = within(table).getAllByRole('link');
    expect(links.map((a) => [a.textContent, a.getAttribute('href')])).toEqual([
      ['ada@example.com', '#/users/u-1'],
      ['person-0a1b2c3d4e5f', '#/users/u-2'],
      ['person-0a1b2c3d4e5f', '#/users/u-3'],
    ]);
    expect(within(table).getAllByText('Not accepted')).toHaveLength(1);
  });

  it('marks registrations with data beyond what the tool allows, and only those', () => {
    const reg = (person: string, dataClasses: string[], beyond: boolean) => ({
      person,
      purposeCategory: 'drafting',
      purposeText: null,
      dataClasses,
      affectsPeople: false,
      dataBeyondAllowed: beyond,
      at: Date.UTC(2026, 10, 20),
    });
    const detail = {
      people: [],
      registrations: [
        reg('ada@example.com', ['internal', 'personal'], true),
        reg('bob@example.com', ['internal'], false),
      ],
    } as unknown as ToolDetail;
    render(<ToolPeople detail={detail} />);
    const rows = within(screen.getByRole('table', { name: 'Registrations' })).getAllByRole('row');
    const marked = rows.filter((r) => r.textContent?.includes('Data beyond what is allowed'));
    expect(marked.map((r) => within(r).getAllByRole('cell')[0]?.textContent)).toEqual(['ada@example.com']);
  });
});
