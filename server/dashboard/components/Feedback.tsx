import type { ReactNode } from 'react';

export function ErrorNotice({
  error,
  title = 'Something went wrong',
}: {
  error: { message: string };
  title?: string;
}) {
  return (
    <div className="notice notice-error" role="alert">
      <strong>{title}.</strong> {error.message}
    </div>
  );
}

export function SuccessNotice({ children }: { children: ReactNode }) {
  return (
    <div className="notice notice-success" role="status">
      {children}
    </div>
  );
}

export function Loading({ what = 'Loading' }: { what?: string }) {
  return (
    <p className="loading" role="status">
      {what}…
    </p>
  );
}

/** Shown to auditors next to controls they cannot use, so the reason is visible, not guessed. */
export function ReadOnlyNote() {
  return (
    <p className="notice notice-info" role="note">
      You are signed in as an auditor: you can see everything here but not change it.
    </p>
  );
}
