import { PageHead } from '../components/Layout';
import { useQueryState } from '../location';
import { BypassList } from './bypasses/BypassList';

/** Every reason given to open a prohibited tool; the period lives in the address, so a view can be shared. */
export function BypassesPage() {
  const [query, update] = useQueryState();
  const days = query.get('days') ?? '7';
  return (
    <>
      <PageHead
        title="Opened with a reason"
        intro="Reasons people gave to open a prohibited tool that lets them continue with a reason. Each tool's and person's page lists theirs too."
      />
      <BypassList
        days={days === 'all' ? '' : days}
        onDays={(v) => update({ days: v === '' ? 'all' : v === '7' ? null : v })}
        caption="Reasons given to open prohibited tools"
        pageSize={50}
      />
    </>
  );
}
