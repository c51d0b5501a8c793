import { getDb } from '../db/app-db';
import { getConfig } from '../db/state';
import { classifier, onClassifierChange } from '../detect/classifier-store';
import { handle } from '../messaging/router';
import { onConfigChanged, recordThenPush } from '../sync/background-engine';
import { countGuardOutcome } from './counts';
import { registerGuardScript } from './registration';
import { guardedDecision, guardedToolIds, guardForTab } from './view';

const warn = (error: unknown) => console.warn('lantern guard:', error);

async function syncRegistration(): Promise<void> {
  const config = await getConfig(getDb());
  await registerGuardScript(await classifier(), guardedToolIds(config?.decisions ?? []));
}

/**
 * Wires the data guard into the background: its two content-script messages, and the content
 * script registration kept in step with every config pull. Call synchronously from the background.
 */
export function registerGuard(): void {
  handle('guardForTab', async (_m, sender) => guardForTab(getDb(), await classifier(), sender));
  handle('guardOutcome', async (m, sender) => {
    // Counted only for a page whose tool is guarded now: a stale or stray script counts nothing.
    const found = await guardedDecision(getDb(), await classifier(), sender);
    if (!found) return { counted: false };
    const toolId = found.decision.toolId;
    await recordThenPush((db) => countGuardOutcome(db, toolId, m.dataClasses, m.pastedAnyway, Date.now()));
    return { counted: true };
  });
  onConfigChanged(async (config) => {
    await registerGuardScript(await classifier(), guardedToolIds(config.decisions));
  });
  onClassifierChange(() => void syncRegistration().catch(warn));
  void syncRegistration().catch(warn);
}
