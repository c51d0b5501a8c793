import { ReadOnlyNote, SuccessNotice } from '../../components/Feedback';
import { PageHead } from '../../components/Layout';
import { PickupNote } from '../tool/PickupNote';

/** Title, when browsers pick changes up, and how many decisions the last bulk change saved. */
export function ApprovedHead({ canWrite, savedCount }: { canWrite: boolean; savedCount?: number }) {
  return (
    <>
      <PageHead
        title="Approved-tool list"
        intro="What every browser is told about each tool. Changes go out on the browsers' next check."
      />
      <p className="notice notice-info" role="note">
        <PickupNote />
      </p>
      {!canWrite && <ReadOnlyNote />}
      {savedCount !== undefined && <SuccessNotice>Saved {savedCount} decisions.</SuccessNotice>}
    </>
  );
}
