import { active, fill, type Language, type Params } from './language';
import { WORKER_DE, WORKER_EN } from './worker-catalogue';

export type WorkerKey = keyof typeof WORKER_EN;
const WORKER: Record<Language, Record<WorkerKey, string>> = { en: WORKER_EN, de: WORKER_DE };

/** `t()` for the background: the same sentences as the pages, without the pages' catalogue. */
export function tw(key: WorkerKey, params: Params = {}): string {
  return fill(WORKER[active().language][key], params);
}
