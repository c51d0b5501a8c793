import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTRPC } from '../api/query';
import { PageHead } from '../components/Layout';
import { usePaging } from '../hooks/usePaging';
import { ChaseList } from './people/ChaseList';
import { DirectorySection } from './people/DirectorySection';
import { PeopleFilters } from './people/PeopleFilters';
import { UserList } from './people/UserList';
import { useUserList } from './people/useUserList';

/** People who used or registered AI tools; in pseudonymous mode they appear as codes. */
export function UsersPage() {
  const { query, update, page, pageSize, limit, offset, setPage } = usePaging();
  const search = query.get('q') ?? '';
  const show = query.get('show') ?? '';
  const department = query.get('department') ?? '';
  const chasing = show !== '' || department !== '';
  const trpc = useTRPC();
  const departments = useQuery({
    ...trpc.admin.directory.list.queryOptions({ limit: 1 }),
    placeholderData: keepPreviousData,
  });
  const list = useUserList(search, limit, offset);

  return (
    <>
      <PageHead
        title="People"
        intro="Everyone who used or registered an AI tool, with their acceptance of the current policy."
      />
      <PeopleFilters
        search={search}
        show={show}
        department={department}
        departments={departments.data?.departments ?? []}
        update={update}
      />
      {chasing ? (
        <ChaseList
          filter={(show || 'all') as Parameters<typeof ChaseList>[0]['filter']}
          department={department}
          page={page}
          pageSize={pageSize}
          onPage={setPage}
        />
      ) : (
        <UserList list={list} page={page} pageSize={pageSize} onPage={setPage} />
      )}
      <DirectorySection />
    </>
  );
}
