/** A freshly created token, shown exactly once: the server keeps only its hash. */
export function SecretOnce({
  label,
  secret,
  onDismiss,
}: {
  label: string;
  secret: string;
  onDismiss: () => void;
}) {
  return (
    <div className="secret" role="status">
      <p>
        <strong>{label}</strong> — copy it now; it will not be shown again.
      </p>
      <p className="mono" data-testid="new-secret">
        {secret}
      </p>
      <div className="actions">
        <button type="button" onClick={() => void navigator.clipboard?.writeText(secret)}>
          Copy
        </button>
        <button type="button" onClick={onDismiss}>
          Done
        </button>
      </div>
    </div>
  );
}
