import { scorePercent, uuidv7 } from '@lantern/shared';
import type { LanternDb } from '../db/app-db';
import { getConfig } from '../db/state';
import type { ExperienceDeps } from '../enforce/handlers';
import { isTopLevelExtensionPage } from '../enforce/sender';
import { handle } from '../messaging/router';
import { addLocalCompletion } from './due';
import type { LiteracyAnswers } from './messages';
import { employeeError } from '../i18n/errors';

interface Completion {
  moduleId: string;
  version: number;
  answers: (number | null)[];
  toolId: string | null;
}

/**
 * Scores the answers against the module version the browser pulled and, when they pass, records
 * the completion (bound to that version's SHA-256) and lifts a literacy block at once. A version the
 * config no longer holds is refused: the page shows the current one.
 */
export async function completeModule(
  deps: Pick<ExperienceDeps, 'record' | 'syncRules'> & { db: LanternDb },
  c: Completion,
  now = Date.now(),
): Promise<LiteracyAnswers['completeModule']> {
  const config = await getConfig(deps.db);
  const module = config?.literacy?.modules.find((m) => m.id === c.moduleId && m.version === c.version);
  if (!module) throw employeeError('error.moduleChanged');
  if (c.answers.length !== module.questions.length) throw employeeError('error.answerAll');
  const score =
    module.passMark === null
      ? null
      : scorePercent(
          module.questions.map((q) => q.correct),
          c.answers,
        );
  if (score !== null && module.passMark !== null && score < module.passMark)
    return { passed: false, score, passMark: module.passMark };
  await deps.record({
    id: uuidv7(now),
    at: now,
    kind: 'literacy_completion',
    moduleId: module.id,
    moduleVersion: module.version,
    moduleSha256: module.sha256,
    score,
    toolId: c.toolId,
  });
  await addLocalCompletion(deps.db, { moduleId: module.id, version: module.version, at: now });
  await deps.syncRules(deps.db);
  return { passed: true, score, passMark: module.passMark };
}

export function registerLiteracyHandlers(deps: ExperienceDeps): void {
  handle('completeModule', async ({ type: _t, ...c }, sender) => {
    if (!isTopLevelExtensionPage(sender)) throw new Error('not allowed from a framed page');
    return completeModule({ ...deps, db: deps.db() }, c);
  });
}
