interface PaginationProps {
  /** 1-based. */
  page: number;
  pageSize: number;
  /** Total rows matching the filter. */
  total: number;
  onPage: (page: number) => void;
  label?: string;
}

const fmt = new Intl.NumberFormat('en');

export function Pagination({ page, pageSize, total, onPage, label = 'Pages' }: PaginationProps) {
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const first = total === 0 ? 0 : (page - 1) * pageSize + 1;
  const last = Math.min(total, page * pageSize);
  return (
    <nav className="pagination" aria-label={label}>
      <p className="pagination-status" aria-live="polite">
        {total === 0
          ? 'No results'
          : `Showing ${fmt.format(first)}–${fmt.format(last)} of ${fmt.format(total)}`}
      </p>
      <div className="pagination-buttons">
        <button type="button" onClick={() => onPage(1)} disabled={page <= 1}>
          First
        </button>
        <button type="button" onClick={() => onPage(page - 1)} disabled={page <= 1}>
          Previous
        </button>
        <span className="pagination-page">
          Page {fmt.format(page)} of {fmt.format(pages)}
        </span>
        <button type="button" onClick={() => onPage(page + 1)} disabled={page >= pages}>
          Next
        </button>
        <button type="button" onClick={() => onPage(pages)} disabled={page >= pages}>
          Last
        </button>
      </div>
    </nav>
  );
}
