import { fmtNumber } from '../../format';
import { MAX_BULK } from './useBulkChange';

interface Props {
  /** How many tools are ticked. */
  size: number;
  /** Tools on the page shown now. */
  pageCount: number;
  onSelectPage: () => void;
  onClear: () => void;
}

/** Buttons that tick every tool on the page or clear the selection, with how many are ticked. */
export function SelectionBar({ size, pageCount, onSelectPage, onClear }: Props) {
  return (
    <div className="filters" role="group" aria-label="Selection">
      <button type="button" onClick={onSelectPage} disabled={pageCount === 0}>
        Select all on this page
      </button>
      {size > 0 && (
        <button type="button" onClick={onClear}>
          Clear selection ({fmtNumber(size)})
        </button>
      )}
      {size > 0 && (
        <span className="muted" aria-live="polite">
          {fmtNumber(size)} selected (up to {MAX_BULK} at once)
        </span>
      )}
    </div>
  );
}
