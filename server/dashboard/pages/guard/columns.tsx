import type { api } from '../../api/client';
import type { Column } from '../../components/DataTable';
import type { totalsByTool } from './series';

export type GuardReport = Awaited<ReturnType<typeof api.admin.guard.report.query>>;
type Person = GuardReport['people'][number];
type Total = ReturnType<typeof totalsByTool>[number];

export function totalColumns(name: (toolId: string) => string): Column<Total>[] {
  return [
    { key: 'tool', header: 'Tool', render: (t) => name(t.toolId) },
    { key: 'class', header: 'Data class', render: (t) => t.dataClass },
    { key: 'w', header: 'Warnings', render: (t) => t.warnings },
    { key: 'p', header: 'Pasted anyway', render: (t) => t.pastedAnyway },
  ];
}

export function personColumns(name: (toolId: string) => string): Column<Person>[] {
  return [
    { key: 'person', header: 'Person', render: (p) => p.person },
    { key: 'tool', header: 'Tool', render: (p) => name(p.toolId) },
    { key: 'class', header: 'Data class', render: (p) => p.dataClass },
    { key: 'w', header: 'Warnings', render: (p) => p.warnings },
    { key: 'p', header: 'Pasted anyway', render: (p) => p.pastedAnyway },
  ];
}
