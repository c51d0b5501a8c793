/** `admin:bootstrap admin (d77ec95e)` → its parts; anything else (a script, the system) as it is. */
export function parseActor(actor: string): { name: string; role: string | null; id: string | null } {
  const m = /^(admin|auditor):(.+?)(?: \(([0-9a-f]{6,})\))?$/.exec(actor);
  if (!m) return { name: actor, role: null, id: null };
  return { name: m[2]!, role: m[1]!, id: m[3] ?? null };
}

/**
 * Who made a change, readable in a narrow column: the name, with the role and token id in the
 * tooltip and for screen readers.
 */
export function Actor({ actor }: { actor: string }) {
  const a = parseActor(actor);
  const more = [a.role, a.id && `token ${a.id}`].filter(Boolean).join(', ');
  return (
    <span className="actor" title={actor}>
      {a.name}
      {more && <span className="visually-hidden"> ({more})</span>}
    </span>
  );
}
