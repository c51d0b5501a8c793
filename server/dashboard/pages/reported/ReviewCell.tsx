import { Badge } from '../../components/Badges';
import { fmtDate } from '../../format';
import { STATUS_LABELS, type ReportRow } from './columns';
import { ReviewForm } from './ReviewForm';

interface Props {
  row: ReportRow;
  canWrite: boolean;
  /** This row's review form is open. */
  reviewing: boolean;
  onReview: () => void;
  onClose: () => void;
}

/** The review given, or (for writers) a button that opens the review form. */
export function ReviewCell({ row: r, canWrite, reviewing, onReview, onClose }: Props) {
  if (r.status !== 'open')
    return (
      <div>
        <Badge tone={r.status === 'dismissed' ? 'flag' : 'neutral'}>{STATUS_LABELS[r.status]}</Badge>
        <p className="muted">{fmtDate(r.decidedAt)}</p>
      </div>
    );
  if (!canWrite) return <Badge>{STATUS_LABELS.open}</Badge>;
  return reviewing ? (
    <ReviewForm report={r} onDone={onClose} onCancel={onClose} />
  ) : (
    <button type="button" onClick={onReview} aria-label={`Review ${r.name}`}>
      Review…
    </button>
  );
}
