import { Badge } from './Badges';

/**
 * Marks a registration whose data classes go beyond what the tool's decision allows (issue 17 item 8):
 * the employee was told so in the browser, and the registration waits for IT's review.
 */
export function DataClassesCell({ classes, beyond }: { classes: readonly string[]; beyond: boolean }) {
  return (
    <>
      {classes.join(', ') || '—'}
      {beyond && (
        <div>
          <Badge tone="flag" title="The employee chose data this tool is not approved for">
            Data beyond what is allowed — review
          </Badge>
        </div>
      )}
    </>
  );
}
