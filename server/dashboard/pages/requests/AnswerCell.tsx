import { Badge } from '../../components/Badges';
import { fmtDate } from '../../format';
import { AnswerForm } from './AnswerForm';
import { STATUS_LABELS, type RequestRow } from './types';

interface Props {
  row: RequestRow;
  toolName: string;
  canWrite: boolean;
  /** This row's answer form is open. */
  answering: boolean;
  onAnswer: () => void;
  onDone: () => void;
  onCancel: () => void;
}

/** The "Answer" column: the answer given, or (for writers) a button that opens the answer form. */
export function AnswerCell({ row: r, toolName, canWrite, answering, onAnswer, onDone, onCancel }: Props) {
  if (r.status !== 'pending') {
    return (
      <div>
        <Badge tone={r.status === 'denied' ? 'flag' : 'neutral'}>{STATUS_LABELS[r.status]}</Badge>
        {r.note && <p className="muted">{r.note}</p>}
        <p className="muted">{fmtDate(r.decidedAt)}</p>
      </div>
    );
  }
  if (!canWrite) return <Badge>Pending</Badge>;
  return answering ? (
    <AnswerForm requestId={r.id} kind={r.kind} toolName={toolName} onDone={onDone} onCancel={onCancel} />
  ) : (
    <button
      type="button"
      onClick={onAnswer}
      aria-label={`Answer the request for ${toolName} from ${r.person}`}
    >
      Answer…
    </button>
  );
}
