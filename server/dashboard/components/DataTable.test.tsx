// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DataTable, nextSort, type Column } from './DataTable';
import { LocalTable } from './LocalTable';
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
    for (const th of within(table).getAllByRole('columnheader')) expect(th.getAttribute('scope')).toBe('col');
    expect(screen.getByRole('cell', { name: '80' }).className).toBe('num');
  });

  it('says the header hint to screen readers and shows it as a tooltip', () => {
    const hinted: Column<Row>[] = [{ ...columns[1]!, headerHint: ' (last 30 days)', sortable: false }];
    render(<DataTable caption="Tools" columns={hinted} rows={rows} rowKey={(r) => r.id} />);
    const th = screen.getByRole('columnheader', { name: 'Users (last 30 days)' });
    expect(th.getAttribute('title')).toBe('Users (last 30 days)');
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('asks for a server-side sort when a header button is pressed', () => {
    const onSort = vi.fn();
    render(<DataTable caption="Tools" columns={columns} rows={rows} rowKey={(r) => r.id} onSort={onSort} />);
    fireEvent.click(screen.getByRole('button', { name: /Tool/ }));
    expect(onSort).toHaveBeenCalledWith('name');
  });

  it('asks again for the active column, so the page can flip its direction', () => {
    const onSort = vi.fn();
    render(
      <DataTable
        caption="Tools"
        columns={columns}
        rows={rows}
        rowKey={(r) => r.id}
        sort={{ key: 'users', dir: 'asc' }}
        onSort={onSort}
      />,
    );
    // The rows stay in the server's order, even where it disagrees with the sort state.
    expect(screen.getAllByRole('row')[1]!.textContent).toBe('ChatGPT120');
    expect(screen.getByRole('columnheader', { name: /Users/ }).getAttribute('aria-sort')).toBe('ascending');
    fireEvent.click(screen.getByRole('button', { name: /Users/ }));
    fireEvent.click(screen.getByRole('button', { name: /Users/ }));
    expect(onSort.mock.calls).toEqual([['users'], ['users']]);
  });

  it('offers no sort buttons when nobody listens to them', () => {
    render(<DataTable caption="Tools" columns={columns} rows={rows} rowKey={(r) => r.id} />);
    expect(screen.queryByRole('button')).toBeNull();
    expect(screen.getAllByRole('columnheader').map((th) => th.textContent)).toEqual(['Tool', 'Users']);
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

describe('LocalTable', () => {
  const many: Row[] = Array.from({ length: 35 }, (_, i) => ({
    id: `t${i}`,
    name: `Tool ${i + 1}`,
    users: i,
  }));

  it('pages a bounded list in the browser', () => {
    render(<LocalTable caption="People" columns={columns} rows={many} rowKey={(r) => r.id} pageSize={15} />);
    const table = screen.getByRole('table', { name: 'People' });
    expect(within(table).getAllByRole('row')).toHaveLength(16);
    expect(screen.getByText('Showing 1–15 of 35')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Last' }));
    expect(within(table).getAllByRole('row')).toHaveLength(6);
    expect(within(table).getAllByRole('row')[1]!.textContent).toBe('Tool 3130');
    expect(screen.getByRole('navigation', { name: 'People pages' })).toBeTruthy();
  });

  it('shows its last page when a refreshed list got shorter, and no pager for one page', () => {
    const { rerender } = render(
      <LocalTable caption="People" columns={columns} rows={many} rowKey={(r) => r.id} pageSize={15} />,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Last' }));
    rerender(
      <LocalTable
        caption="People"
        columns={columns}
        rows={many.slice(0, 20)}
        rowKey={(r) => r.id}
        pageSize={15}
      />,
    );
    expect(screen.getByText('Showing 16–20 of 20')).toBeTruthy();
    rerender(<LocalTable caption="People" columns={columns} rows={rows} rowKey={(r) => r.id} empty="None" />);
    expect(screen.queryByRole('navigation')).toBeNull();
    expect(screen.getAllByRole('row')).toHaveLength(3);
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
