import { BulkEditor } from './BulkEditor';

/**
 * Docked to the bottom of the window: a selection made at the top of a long page can be
 * changed without scrolling past the list.
 */
export function BulkDock(props: { toolIds: readonly string[]; onSaved: (count: number) => void }) {
  return (
    <div className="bulk-dock">
      <BulkEditor {...props} />
    </div>
  );
}
