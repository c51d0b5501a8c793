import { annexIIIArea, PURPOSE_CATEGORIES, type DataClass, type PurposeCategory } from '@lantern/shared';
import { dataClassesColumn } from '../db/codecs';
import type { Db } from '../db/database';

/** One person's use of one tool, with what literacy rules select on: registered data classes and purpose. */
export interface Use {
  userId: string;
  email: string | null;
  department: string | null;
  toolId: string;
  firstUse: number;
  dataClasses: DataClass[];
  annexIII: boolean;
}

const isPurpose = (p: string | null): p is PurposeCategory =>
  p !== null && (PURPOSE_CATEGORIES as string[]).includes(p);

/** Every tool each (not erased) person used, with their current registration and department. */
export async function loadUses(db: Db): Promise<Use[]> {
  const rows = await db
    .selectFrom('tool_users as tu')
    .innerJoin('users as u', 'u.id', 'tu.user_id')
    .leftJoin('people as p', (j) => j.on((eb) => eb('p.email', '=', eb.fn<string>('lower', ['u.email']))))
    .leftJoin('current_registrations as r', (j) =>
      j.onRef('r.user_id', '=', 'tu.user_id').onRef('r.tool_id', '=', 'tu.tool_id'),
    )
    .select([
      'tu.user_id',
      'tu.tool_id',
      'tu.first_seen_at',
      'u.email',
      'p.department',
      'r.data_classes',
      'r.purpose_category',
      'r.withdrawn',
    ])
    .where('u.erased_at', 'is', null)
    .execute();
  return rows.map((r) => {
    const live = r.withdrawn !== null && Number(r.withdrawn) === 0;
    return {
      userId: r.user_id,
      email: r.email === null ? null : r.email.toLowerCase(),
      department: r.department,
      toolId: r.tool_id,
      firstUse: Number(r.first_seen_at),
      dataClasses: live && r.data_classes ? dataClassesColumn.decode(r.data_classes) : [],
      annexIII: live && isPurpose(r.purpose_category) && annexIIIArea(r.purpose_category) !== null,
    };
  });
}
