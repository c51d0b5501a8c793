import { useState, type FormEvent } from 'react';
import type { TokenListProps, TokenRow } from './TokenList';

type Actions<Row extends TokenRow> = Pick<
  TokenListProps<Row>,
  'create' | 'resetFields' | 'revoke' | 'confirmRevoke'
>;

/** Creating a token (its secret kept to show once) and revoking one after a confirm. */
export function useTokenActions<Row extends TokenRow>(props: Actions<Row>) {
  const [name, setName] = useState('');
  const [secret, setSecret] = useState<string>();
  const [error, setError] = useState<Error>();

  async function attempt(action: () => Promise<void>) {
    setError(undefined);
    try {
      await action();
    } catch (err) {
      setError(err instanceof Error ? err : new Error(String(err)));
    }
  }

  const create = (e: FormEvent) => {
    e.preventDefault();
    void attempt(async () => {
      const created = await props.create(name.trim());
      setSecret(created.token);
      setName('');
      props.resetFields?.();
    });
  };

  const revoke = (row: Row) => {
    if (!window.confirm(props.confirmRevoke(row))) return;
    void attempt(async () => {
      await props.revoke(row);
    });
  };

  return { name, setName, secret, clearSecret: () => setSecret(undefined), error, create, revoke };
}
