/** Same-origin export links: the browser sends the session cookie, and the file downloads. */
export function exportUrl(name: string, format: 'csv' | 'json', view?: Record<string, string>): string {
  const url = new URL(`api/export/${name}.${format}`, new URL('.', window.location.href));
  for (const [k, v] of Object.entries(view ?? {})) if (v !== '') url.searchParams.set(k, v);
  return url.href;
}

interface ExportLinksProps {
  /** The export's name on the server (`/api/export/<name>.csv`). */
  name: string;
  /** The filters of the list on screen, as the list's own address names them. */
  view: Record<string, string>;
  /** What is exported, for screen readers: "the tools in this view". */
  what: string;
  /** A line about the list, shown to the left of the links. */
  note?: string;
}

/** "Export this view": the current filters and order, as CSV or JSON, through the server's exports. */
export function ExportLinks({ name, view, what, note }: ExportLinksProps) {
  return (
    <div className="export-links">
      {note && <span className="muted export-note">{note}</span>}
      <span className="muted">Export this view:</span>
      <a className="button small" href={exportUrl(name, 'csv', view)} download={`lantern-${name}.csv`}>
        CSV<span className="visually-hidden"> of {what}</span>
      </a>
      <a className="button small" href={exportUrl(name, 'json', view)} download={`lantern-${name}.json`}>
        JSON<span className="visually-hidden"> of {what}</span>
      </a>
    </div>
  );
}
