import type { LocalState, Tool } from '@lantern/shared';
import type { LanternDb } from '../db/app-db';
import type { ConfigRow } from '../db/types';
import { classifier } from '../detect/classifier-store';
import { blocksTool, firstUses, literacyForTool, localCompletions } from './due';

/**
 * Tools a `block` rule stops now: a required module is overdue. Only looked for when some rule
 * blocks; the candidates are the tools the classifier knows (catalog and organisation tools).
 */
export async function literacyStopped(
  db: LanternDb,
  config: ConfigRow,
  state: LocalState,
  now: number,
): Promise<Tool[]> {
  if (!config.literacy?.rules.some((r) => r.mode === 'block')) return [];
  const [completions, first] = await Promise.all([localCompletions(db), firstUses(db)]);
  const tools = [...(await classifier()).tools.values()];
  return tools.filter((tool) =>
    blocksTool(literacyForTool(config, tool, state, completions, first.get(tool.id), now)),
  );
}
