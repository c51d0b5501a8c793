import {
  evaluateExperience,
  localDay,
  sha256Hex,
  type Decision,
  type Experience,
  type LocalState,
  type Tool,
} from '@lantern/shared';
import type { ConfigRow } from '../db/types';

/** SHA-256 of the conditions text exactly as shown; null when the decision sets none. */
export async function conditionsSha256(decision: Decision | null | undefined): Promise<string | null> {
  const text = decision?.conditions;
  return text ? sha256Hex(text) : null;
}

export function decisionFor(config: ConfigRow | undefined, toolId: string): Decision | null {
  return config?.decisions.find((d) => d.toolId === toolId) ?? null;
}

/** Everything a page or the notice needs about one tool. */
export interface ToolExperience {
  tool: Tool;
  decision: Decision | null;
  alternative: Tool | null;
  conditionsSha256: string | null;
  experience: Experience;
}

export async function toolExperience(
  tool: Tool,
  config: ConfigRow | undefined,
  state: LocalState,
  lookup: (toolId: string) => Tool | undefined,
  now: number = Date.now(),
): Promise<ToolExperience> {
  const decision = decisionFor(config, tool.id);
  const hash = await conditionsSha256(decision);
  const experience = evaluateExperience({
    toolId: tool.id,
    decision,
    policy: config?.policy ?? null,
    conditionsSha256: hash,
    state,
    today: localDay(now),
    now,
  });
  const alternative = decision?.alternativeToolId ? (lookup(decision.alternativeToolId) ?? null) : null;
  return { tool, decision, alternative, conditionsSha256: hash, experience };
}
