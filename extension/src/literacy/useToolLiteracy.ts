import { getDb } from '../db/app-db';
import type { ExperienceData } from '../hooks/useExperienceData';
import { useLive } from '../hooks/useLive';
import { firstUses, literacyForTool, localCompletions, type ToolLiteracy } from './due';

/** The modules required for one tool and where each stands, live. Undefined while loading. */
export function useToolLiteracy(
  data: ExperienceData | undefined,
  toolId: string | null,
): ToolLiteracy[] | undefined {
  const local = useLive(async () => {
    const db = getDb();
    return { completions: await localCompletions(db), first: await firstUses(db) };
  }, []);
  if (!data || !local) return undefined;
  const tool = toolId ? data.lookup(toolId) : undefined;
  if (!tool) return [];
  return literacyForTool(data.config, tool, data.state, local.completions, local.first.get(tool.id));
}
