import { nextLocalMidnight, stopsAtTool, type Tool } from '@lantern/shared';
import type { LanternDb } from '../db/app-db';
import { getConfig } from '../db/state';
import { buildBlockRules } from './block-rules';
import { buildWorkspaceRules } from './workspace-rules';
import { toolExperience } from './experience';
import { loadLocalState } from './local-state';
import { literacyStopped } from '../literacy/block';
import { oneAtATime } from '../serial';

export const MIDNIGHT_ALARM = 'lantern-experience-midnight';

/** The tools whose pages must not load now: block or justify without an approval or today's reason. */
export async function stoppedTools(
  db: LanternDb,
  lookup: (toolId: string) => Tool | undefined,
  now = Date.now(),
): Promise<Tool[]> {
  const config = await getConfig(db);
  if (!config) return [];
  const state = await loadLocalState(db, config);
  const stopped: Tool[] = [];
  for (const decision of config.decisions) {
    if (decision.enforcement !== 'block' && decision.enforcement !== 'justify') continue;
    const tool = lookup(decision.toolId);
    if (!tool) continue;
    const { experience } = await toolExperience(tool, config, state, lookup, now);
    if (stopsAtTool(experience)) stopped.push(tool);
  }
  const held = new Set(stopped.map((t) => t.id));
  for (const tool of await literacyStopped(db, config, state, now))
    if (!held.has(tool.id)) stopped.push(tool);
  return stopped;
}

const serially = oneAtATime();

/**
 * Makes the browser's dynamic rules match the decisions and the employee's acts: the block redirects
 * and the company-workspace headers, in one update. Runs after every config pull, justification,
 * approval and at local midnight (when yesterday's reasons expire). Calls are serialised so two
 * updates never interleave their remove/add lists.
 */
export function syncBlockRules(db: LanternDb, lookup: (toolId: string) => Tool | undefined): Promise<number> {
  return serially(async () => {
    const blocks = buildBlockRules(await stoppedTools(db, lookup));
    const decisions = (await getConfig(db))?.decisions ?? [];
    const rules = [...blocks, ...buildWorkspaceRules(decisions, blocks.length + 1)];
    const existing = await browser.declarativeNetRequest.getDynamicRules();
    await browser.declarativeNetRequest.updateDynamicRules({
      removeRuleIds: existing.map((r) => r.id),
      addRules: rules,
    });
    // Midnight ends yesterday's reasons; an exception's end closes its tool again (whichever is first).
    const ends = ((await getConfig(db))?.exceptions ?? []).flatMap((e) => (e.until ? [e.until] : []));
    const next = Math.min(
      nextLocalMidnight() + 1000,
      ...ends.filter((t) => t > Date.now()).map((t) => t + 1000),
    );
    await browser.alarms.create(MIDNIGHT_ALARM, { when: next });
    return rules.length;
  });
}
