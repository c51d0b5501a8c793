import { useId, useState } from 'react';
import { BypassList } from './BypassList';

/**
 * "Opened with a reason": on a tool's or a person's page, the reasons given to open a prohibited
 * tool (justify-to-continue), so they are seen where the decision is made, not only in the evidence pack.
 */
export function BypassSection({ toolId, userId }: { toolId?: string; userId?: string }) {
  const [days, setDays] = useState('90');
  const id = useId();
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>Opened with a reason</h2>
      <p className="muted">
        Reasons given to open a prohibited tool that asks for one. The browser records the reason; the person
        continues.
      </p>
      <BypassList
        toolId={toolId}
        userId={userId}
        days={days}
        onDays={setDays}
        caption={
          toolId ? 'Reasons given to open this tool' : 'Reasons this person gave to open prohibited tools'
        }
      />
    </section>
  );
}
