// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DataTable, nextSort, type Column } from './DataTable';
import { Pagination } from './Pagination';

interface Row {
  id: string;
  name: string;
  users: number;
}
const columns: Column<Row>[] = [
  { key: 'name', header: 'Tool', render: (r) => r.name, sortable: true },
  { key: 'users', header: 'Users', render: (r) => r.users, sortable: true, numeric: true },
];
const rows: Row[] = [
  { id: 'a', name: 'ChatGPT', users: 120 },
  { id: 'b', name: 'Claude', users: 80 },
];

afterEach(cleanup);

describe('DataTable', () => {
  it('renders the rows it is given and marks the sorted column for screen readers', () => {
    render(
      <DataTable
        caption="Tools"
        columns={columns}
        rows={rows}
        rowKey={(r) => r.id}
        sort={{ key: 'users', dir: 'desc' }}
        onSort={() => {}}
      />,
    );
    const table = screen.getByRole('table', { name: 'Tools' });
    expect(within(table).getAllByRole('row')).toHaveLength(3);
    expect(screen.getByRole('columnheader', { name: /Users/ }).getAttribute('aria-sort')).toBe('descending');
    expect(screen.getByRole('columnheader', { name: /Tool/ }).getAttribute('aria-sort')).toBeNull();
  });

  it('asks for a server-side sort when a header button is pressed', () => {
    const onSort = vi.fn();
    render(<DataTable caption="Tools" columns={columns} rows={rows} rowKey={(r) => r.id} onSort={onSort} />);
    fireEvent.click(screen.getByRole('button', { name: /Tool/ }));
    expect(onSort).toHaveBeenCalledWith('name');
  });

  it('says so when there is nothing to show', () => {
    render(
      <DataTable caption="Tools" columns={columns} rows={[]} rowKey={(r) => r.id} empty="No tools match." />,
    );
    expect(screen.getByText('No tools match.')).toBeTruthy();
  });

  it('flips the direction of the active column and starts a new column descending', () => {
    expect(nextSort({ key: 'users', dir: 'desc' }, 'users')).toEqual({ key: 'users', dir: 'asc' });
    expect(nextSort({ key: 'users', dir: 'asc' }, 'name')).toEqual({ key: 'name', dir: 'desc' });
    expect(nextSort(undefined, 'name', 'asc')).toEqual({ key: 'name', dir: 'asc' });
  });
});

describe('Pagination', () => {
  it('shows the range and disables moves past either end', () => {
    const onPage = vi.fn();
    render(<Pagination page={1} pageSize={50} total={2000} onPage={onPage} />);
    expect(screen.getByText('Showing 1–50 of 2,000')).toBeTruthy();
    expect(screen.getByText('Page 1 of 40')).toBeTruthy();
    expect(screen.getByRole<HTMLButtonElement>('button', { name: 'Previous' }).disabled).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Next' }));
    fireEvent.click(screen.getByRole('button', { name: 'Last' }));
    expect(onPage.mock.calls).toEqual([[2], [40]]);
  });

  it('handles the last partial page and an empty result', () => {
    const { rerender } = render(<Pagination page={3} pageSize={50} total={120} onPage={() => {}} />);
    expect(screen.getByText('Showing 101–120 of 120')).toBeTruthy();
    expect(screen.getByRole<HTMLButtonElement>('button', { name: 'Next' }).disabled).toBe(true);
    rerender(<Pagination page={1} pageSize={50} total={0} onPage={() => {}} />);
    expect(screen.getByText('No results')).toBeTruthy();
  });
});
