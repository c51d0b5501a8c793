import { annexLabel, annexTitle } from '../pages/inventory/labels';
import { Badge } from './Badges';

interface FlagsProps {
  flags: { sensitiveData: boolean; annexIII: readonly number[] };
}

/** Flags are prompts to review, worded so: Lantern never labels a use high-risk by itself. */
export function Flags({ flags }: FlagsProps) {
  if (!flags.sensitiveData && flags.annexIII.length === 0) return <span className="muted">—</span>;
  return (
    <span className="badges">
      {flags.sensitiveData && (
        <Badge
          tone="flag"
          title="Personal or special-category data registered for a tool not approved for it"
        >
          Personal data, not approved
        </Badge>
      )}
      {flags.annexIII.map((a) => (
        <Badge key={a} tone="flag" title={`Possible high-risk use — review. ${annexTitle(a)}`}>
          {`Possible high-risk use: ${annexLabel(a)}`}
        </Badge>
      ))}
    </span>
  );
}
