import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import type { api } from '../../api/client';
import { useTRPC } from '../../api/query';
import { ErrorNotice, SuccessNotice } from '../../components/Feedback';
import { SecretOnce } from '../settings/SecretOnce';

type Links = Awaited<ReturnType<typeof api.admin.links.create.mutate>>;

const absolute = (path: string) => `${window.location.origin}${path}`;

/** The links as a CSV for a mail merge: shown once, never stored in the clear. */
function download(links: Links) {
  const quote = (v: string) => `"${v.replace(/"/g, '""')}"`;
  const lines = [
    'email,link,expires',
    ...links.map((l) =>
      [l.email, absolute(l.path), new Date(l.expiresAt).toISOString()].map(quote).join(','),
    ),
  ];
  const url = URL.createObjectURL(new Blob([`${lines.join('\n')}\n`], { type: 'text/csv' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = 'lantern-enrolment-links.csv';
  a.click();
  URL.revokeObjectURL(url);
}

/**
 * Personal enrolment links: one for a person (shown once to copy), or for everyone in the directory
 * (of the chosen department) without a browser yet, as a CSV download.
 */
export function useLinkActions(department: string) {
  const trpc = useTRPC();
  const createMutation = useMutation(trpc.admin.links.create.mutationOptions());
  const createForUnenrolledMutation = useMutation(trpc.admin.links.createForUnenrolled.mutationOptions());
  const [shown, setShown] = useState<{ email: string; url: string }>();
  const [bulk, setBulk] = useState<number>();
  const [error, setError] = useState<Error>();
  const fail = (err: unknown) => setError(err instanceof Error ? err : new Error(String(err)));

  const one = (email: string) => {
    setError(undefined);
    createMutation
      .mutateAsync({ emails: [email] })
      .then(([link]) => {
        if (link) setShown({ email: link.email, url: absolute(link.path) });
      })
      .catch(fail);
  };

  const all = () => {
    const who = department ? `everyone in ${department}` : 'everyone';
    if (
      !window.confirm(`Make a new link for ${who} without a browser yet? Their earlier links stop working.`)
    )
      return;
    setError(undefined);
    createForUnenrolledMutation
      .mutateAsync({ department: department || null })
      .then((links) => {
        if (links.length > 0) download(links);
        setBulk(links.length);
      })
      .catch(fail);
  };

  const panel = (
    <>
      {error && <ErrorNotice error={error} />}
      {shown && (
        <SecretOnce
          label={`Enrolment link for ${shown.email} (single use, 7 days)`}
          secret={shown.url}
          onDismiss={() => setShown(undefined)}
        />
      )}
      {bulk !== undefined && (
        <SuccessNotice>
          {bulk === 0
            ? 'Everyone here has a browser enrolled: no links made.'
            : `${bulk} links made and downloaded as lantern-enrolment-links.csv. Send each person only their own.`}
        </SuccessNotice>
      )}
    </>
  );
  return { one, all, panel };
}
