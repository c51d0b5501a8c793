import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTRPC } from '../../api/query';
import type { DirectoryRow } from './directory-columns';

export const PAGE = 50;

/** One page of the directory filtered by department, and removing a person from it. */
export function useDirectory() {
  const [department, setDepartment] = useState('');
  const [page, setPage] = useState(1);
  const [error, setError] = useState<Error>();
  const trpc = useTRPC();
  const removeMutation = useMutation(trpc.admin.directory.remove.mutationOptions());
  const list = useQuery({
    ...trpc.admin.directory.list.queryOptions({
      department: department || undefined,
      limit: PAGE,
      offset: (page - 1) * PAGE,
    }),
    placeholderData: keepPreviousData,
  });

  const remove = (r: DirectoryRow) => {
    if (!r.email || !window.confirm(`Remove ${r.email} from the directory? Their records stay.`)) return;
    removeMutation
      .mutateAsync({ email: r.email })
      .catch((err: unknown) => setError(err instanceof Error ? err : new Error(String(err))));
  };
  const filterBy = (d: string) => {
    setDepartment(d);
    setPage(1);
  };

  return { department, filterBy, page, setPage, list, error, remove };
}
