import type { AnnexIIIFlag } from '@lantern/shared';

/**
 * Shown when a purpose falls in an EU AI Act Annex III area. It says IT will look at the use; it does
 * not tell the employee the use is high-risk or forbidden.
 */
export function AnnexIIINote({ flag }: { flag: AnnexIIIFlag }) {
  return (
    <div className="note" role="status">
      <strong>IT will review this use.</strong> Uses in the area “{flag.areaName}” (EU AI Act Annex III, area{' '}
      {flag.area}) can need extra care, so your registration goes to IT for a look. They may get in touch with
      you.
    </div>
  );
}
