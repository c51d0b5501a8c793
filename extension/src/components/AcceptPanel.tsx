import { useId, useState } from 'react';

/** Accepting a new policy version (or changed conditions) when the use is already registered. */
export function AcceptPanel({ busy, onAccept }: { busy?: boolean; onAccept: () => void }) {
  const id = useId();
  const [accepted, setAccepted] = useState(false);
  return (
    <section className="card form" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Accept the policy</h2>
      <label className="check accept">
        <input type="checkbox" checked={accepted} onChange={(e) => setAccepted(e.target.checked)} />I have
        read the AI use policy and the conditions above, and I accept them.
      </label>
      <button type="button" className="primary" disabled={!accepted || busy} onClick={onAccept}>
        Accept
      </button>
    </section>
  );
}
