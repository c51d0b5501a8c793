import { uuidv7, type ModuleContent, type SyncEvent } from '@lantern/shared';
import type { Kysely } from 'kysely';
import type { Database } from '../db/database';
import { appendAudit } from '../db/repositories/audit.repository';
import { publishModule } from '../db/repositories/literacy-modules.repository';
import { insertRule } from '../db/repositories/literacy-rules.repository';
import { pushEvents } from '../sync/push/push';
import type { SeededDevice } from './devices';
import { Random } from './prng';

const SEED_ACTOR = 'seed:demo';
const DAY_MS = 86_400_000;

const BASICS: ModuleContent = {
  title: 'Working with AI chat assistants',
  body: [
    '## What these tools do well',
    '',
    'Drafts, summaries and ideas. They can be confidently wrong: check facts and figures.',
    '',
    '## What stays out',
    '',
    '- customer and personal data, unless the tool is approved for it',
    '- anything marked confidential',
  ].join('\n'),
  courseUrl: null,
  questions: [
    {
      prompt: 'A chatbot gives you a figure for a customer report. What do you do?',
      options: ['Use it as is', 'Check it against the source'],
      correct: 1,
    },
    {
      prompt: 'May you paste a customer list into a tool approved "without personal data"?',
      options: ['Yes', 'No'],
      correct: 1,
    },
  ],
  passMark: 50,
};

/**
 * The demo's AI literacy: one module required for chat tools (yearly), published `publishedDaysAgo`
 * days before `now`, and completions by about half of the people with a main browser. Its own
 * random stream, so the rest of the demo stays what it was before literacy existed.
 */
export async function seedLiteracy(
  db: Kysely<Database>,
  devices: readonly SeededDevice[],
  now: number,
  publishedDaysAgo: number,
): Promise<number> {
  const rng = new Random(19);
  const publishedAt = now - publishedDaysAgo * DAY_MS;
  const m = await db.transaction().execute(async (trx) => {
    const m = await publishModule(trx, 'ai-chat-basics', BASICS, SEED_ACTOR, publishedAt);
    await insertRule(
      trx,
      {
        moduleId: m.id,
        toolId: null,
        toolCategory: 'chat',
        decisionStatus: null,
        dataClass: null,
        annexIII: null,
        department: null,
        dueDays: 30,
        renewalDays: 365,
        mode: 'acknowledge',
      },
      SEED_ACTOR,
      publishedAt,
    );
    await appendAudit(
      trx,
      {
        actor: SEED_ACTOR,
        action: 'literacy.module.publish',
        target: `${m.id}@v1`,
        details: { sha256: m.sha256 },
      },
      publishedAt,
    );
    return m;
  });
  let done = 0;
  for (const device of devices.filter((d) => d.slot === 0)) {
    if (!rng.chance(0.5)) continue;
    const at = publishedAt + rng.int(1, Math.max(1, publishedDaysAgo * 24 - 1)) * 3_600_000;
    const event: SyncEvent = {
      id: uuidv7(at),
      at,
      kind: 'literacy_completion',
      moduleId: m.id,
      moduleVersion: m.version,
      moduleSha256: m.sha256,
      score: rng.chance(0.7) ? 100 : 50,
      toolId: null,
    };
    done += (await pushEvents(db, device, [event], Math.min(now, at + 60_000))).stored.length;
  }
  return done;
}
