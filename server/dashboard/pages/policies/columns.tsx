import type { api } from '../../api/client';
import type { Column } from '../../components/DataTable';
import { fmtDate, fmtNumber, fmtPercent } from '../../format';

export type Version = Awaited<ReturnType<typeof api.admin.policies.list.query>>[number];

interface Options {
  current: Version | undefined;
  /** The version whose text is shown. */
  viewing: number | undefined;
  onShow: (version: number) => void;
}

export function versionColumns({ current, viewing, onShow }: Options): Column<Version>[] {
  return [
    { key: 'version', header: 'Version', render: (v) => `v${v.version}${v === current ? ' (current)' : ''}` },
    { key: 'title', header: 'Title', render: (v) => v.title },
    { key: 'published', header: 'Published', render: (v) => fmtDate(v.publishedAt) },
    {
      key: 'accepted',
      header: 'Accepted by',
      numeric: true,
      // Among the people seen using AI tools, as every figure counts it (inventory/acceptance.ts).
      render: (v) =>
        `${fmtNumber(v.acceptedBy)} of ${fmtNumber(v.people)} (${fmtPercent(v.people > 0 ? v.acceptedBy / v.people : null)})`,
    },
    { key: 'summary', header: 'What changed', render: (v) => v.changeSummary ?? '—' },
    {
      key: 'sha',
      header: 'SHA-256',
      render: (v) => (
        <span className="mono" title={v.sha256}>
          {v.sha256.slice(0, 12)}…
        </span>
      ),
    },
    {
      key: 'view',
      header: 'Text',
      render: (v) => (
        <button
          type="button"
          onClick={() => onShow(v.version)}
          aria-pressed={viewing === v.version}
          aria-label={`Show the text of version ${v.version}`}
        >
          Show
        </button>
      ),
    },
  ];
}
