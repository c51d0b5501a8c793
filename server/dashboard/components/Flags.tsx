import { annexLabel, annexTitle } from '../pages/inventory/labels';
import { Badge } from './Badges';

interface FlagsProps {
  flags: { sensitiveData: boolean; annexIII: readonly number[] };
  /** Short chips for tables ("Personal data", "III·4"), the full wording in a tooltip and for screen readers. */
  compact?: boolean;
}

const SENSITIVE = 'Personal or special-category data registered for a tool not approved for it';

/** Flags are prompts to review, worded so: Lantern never labels a use high-risk by itself. */
export function Flags({ flags, compact = false }: FlagsProps) {
  if (!flags.sensitiveData && flags.annexIII.length === 0) return <span className="muted">—</span>;
  if (compact) return <CompactFlags flags={flags} />;
  return (
    <span className="badges">
      {flags.sensitiveData && (
        <Badge tone="flag" title={SENSITIVE}>
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

function CompactFlags({ flags }: { flags: FlagsProps['flags'] }) {
  const chips = [
    ...(flags.sensitiveData
      ? [{ key: 'pd', short: 'Data', full: `Personal data, not approved: ${SENSITIVE}` }]
      : []),
    // One chip for every Annex III area, so a row stays narrow however many areas it touches.
    ...(flags.annexIII.length === 0
      ? []
      : [
          {
            key: 'annex',
            short: flags.annexIII.length === 1 ? `III·${flags.annexIII[0]}` : `III ×${flags.annexIII.length}`,
            full: `Possible high-risk use — review: ${flags.annexIII.map((a) => `${annexLabel(a)}. ${annexTitle(a)}`).join('; ')}`,
          },
        ]),
  ];
  return (
    <span className="flag-chips">
      {chips.map((c) => (
        <span key={c.key} className="flag-chip" role="img" title={c.full} aria-label={c.full}>
          <span aria-hidden="true">{c.short}</span>
        </span>
      ))}
    </span>
  );
}
