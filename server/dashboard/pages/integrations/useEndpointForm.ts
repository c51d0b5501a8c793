import { useMutation } from '@tanstack/react-query';
import { WEBHOOK_EVENT_TYPES, type EndpointKind, type WebhookEventType } from '@lantern/shared';
import { useState, type FormEvent } from 'react';
import { useTRPC } from '../../api/query';

/** The endpoint being added and its test-then-save; `secret` is undefined until saved, null for no secret. */
export function useEndpointForm() {
  const trpc = useTRPC();
  const createMutation = useMutation(trpc.admin.webhooks.create.mutationOptions());
  const [name, setName] = useState('');
  const [kind, setKind] = useState<EndpointKind>('standard');
  const [url, setUrl] = useState('');
  const [events, setEvents] = useState<WebhookEventType[]>([...WEBHOOK_EVENT_TYPES]);
  const [error, setError] = useState<Error>();
  const [secret, setSecret] = useState<string | null>();

  async function submit(e: FormEvent) {
    e.preventDefault();
    setError(undefined);
    setSecret(undefined);
    try {
      const out = await createMutation.mutateAsync({ name, kind, url, events });
      setSecret(out.secret);
      setName('');
      setUrl('');
    } catch (err) {
      setError(err instanceof Error ? err : new Error(String(err)));
    }
  }

  const toggle = (t: WebhookEventType) =>
    setEvents((list) => (list.includes(t) ? list.filter((x) => x !== t) : [...list, t]));

  return { name, setName, kind, setKind, url, setUrl, events, toggle, error, secret, submit };
}
