import type { DataClass, PurposeCategory, SyncEvent, ToolCategory } from '@lantern/shared';
import { uuidv7 } from '@lantern/shared';
import type { Person } from './org';
import type { Random } from './prng';
import {
  AFFECTS_PEOPLE,
  EMBEDDING_SITES,
  JUSTIFICATIONS,
  PURPOSE_DATA,
  PURPOSE_TEXTS,
  REQUEST_REASONS,
} from './texts';
import type { DemoTool } from './tools';

export const DAY_MS = 86_400_000;

export interface Timeline {
  /** Midnight UTC of the first day. */
  start: number;
  days: number;
}

export const dayString = (t: Timeline, day: number) =>
  new Date(t.start + day * DAY_MS).toISOString().slice(0, 10);
/** A moment during working hours of `day`. */
export const at = (t: Timeline, rng: Random, day: number) =>
  t.start + day * DAY_MS + rng.int(7 * 3600, 18 * 3600) * 1000;

export interface Adoption {
  demo: DemoTool;
  /** First day of use. */
  from: number;
  /** Share of working days the tool is used. */
  intensity: number;
  /** Uses it on the second browser too. */
  onSecond: boolean;
}

/** Which tools a person takes up and when: more people start later, so adoption grows over the period. */
export function adoptTools(rng: Random, person: Person, tools: readonly DemoTool[], t: Timeline): Adoption[] {
  const out: Adoption[] = [];
  const byCategory = new Map<ToolCategory, DemoTool[]>();
  for (const d of tools) {
    if (d.audience && d.audience !== person.department.name) continue;
    byCategory.set(d.tool.category, [...(byCategory.get(d.tool.category) ?? []), d]);
  }
  for (const [category, p] of Object.entries(person.department.affinity) as [ToolCategory, number][]) {
    const candidates = byCategory.get(category);
    if (!candidates || !rng.chance(p)) continue;
    const first = rng.weighted(candidates.map((d) => [d, prohibitedDamp(d) * d.popularity] as const));
    out.push(adoption(rng, first, t));
    // Some people try a second tool of the same kind.
    if (candidates.length > 1 && rng.chance(0.25)) {
      const second = rng.weighted(
        candidates.filter((d) => d !== first).map((d) => [d, d.popularity] as const),
      );
      out.push(adoption(rng, second, t));
    }
  }
  const pilot = byCategory.get('agents')?.find((d) => d.audience === person.department.name);
  if (pilot && !out.some((a) => a.demo === pilot) && rng.chance(0.6)) out.push(adoption(rng, pilot, t));
  return out;
}

const prohibitedDamp = (d: DemoTool) => (d.decision?.status === 'prohibited' ? 0.35 : 1);

function adoption(rng: Random, demo: DemoTool, t: Timeline): Adoption {
  const from = Math.min(t.days - 1, Math.floor(t.days * Math.pow(rng.next(), 0.6)));
  return { demo, from, intensity: 0.2 + rng.next() * 0.6, onSecond: rng.chance(0.3) };
}

const isWorkday = (t: Timeline, day: number) => {
  const wd = new Date(t.start + day * DAY_MS).getUTCDay();
  return wd !== 0 && wd !== 6;
};

/** Day totals for one tool on one device: what the extension would have sent. */
export function usageEvents(rng: Random, a: Adoption, t: Timeline): SyncEvent[] {
  const signal = a.demo.tool.category === 'browser-extension' ? 'extension' : 'visit';
  const events: SyncEvent[] = [];
  for (let day = a.from; day < t.days; day++) {
    if (!isWorkday(t, day) || !rng.chance(a.intensity)) continue;
    const visits = rng.int(1, 14);
    const when = at(t, rng, day);
    events.push({
      id: uuidv7(when),
      at: when,
      kind: 'usage',
      toolId: a.demo.tool.id,
      signal,
      day: dayString(t, day),
      visits,
      activeSeconds: visits * rng.int(40, 420),
    });
  }
  return events;
}

export function registrationEvent(rng: Random, person: Person, a: Adoption, t: Timeline): SyncEvent {
  const purposes = person.department.purposes;
  const pilot = a.demo.audience !== undefined;
  const purpose: PurposeCategory = pilot
    ? 'recruitment-hr'
    : rng.weighted(purposes.map((p, i) => [p, purposes.length - i] as const));
  const dataClasses: DataClass[] = [...rng.pick(PURPOSE_DATA[purpose] ?? [['internal']])];
  const when = at(t, rng, Math.min(t.days - 1, a.from + rng.int(0, 4)));
  return {
    id: uuidv7(when),
    at: when,
    kind: 'registration',
    toolId: a.demo.tool.id,
    purposeCategory: purpose,
    purposeText: rng.pick(PURPOSE_TEXTS[purpose] ?? ['General use']),
    dataClasses,
    affectsPeople: AFFECTS_PEOPLE.has(purpose),
  };
}

/** Requests, justifications and embedded-AI sightings that go with a person's adoptions. */
export function otherEvents(rng: Random, a: Adoption, t: Timeline): SyncEvent[] {
  const events: SyncEvent[] = [];
  const status = a.demo.decision?.status ?? 'review';
  const day = Math.min(t.days - 1, a.from + rng.int(0, 10));
  const when = at(t, rng, day);
  if ((status === 'review' || status === 'prohibited') && rng.chance(0.18)) {
    events.push({
      id: uuidv7(when),
      at: when,
      kind: 'approval_request',
      toolId: a.demo.tool.id,
      reason: rng.pick(REQUEST_REASONS),
    });
  }
  if (a.demo.decision?.enforcement === 'justify' && rng.chance(0.4)) {
    events.push({
      id: uuidv7(when + 1),
      at: when + 1,
      kind: 'justification',
      toolId: a.demo.tool.id,
      reason: rng.pick(JUSTIFICATIONS),
    });
  }
  const endpoint = a.demo.tool.apiEndpoints[0];
  if (endpoint && rng.chance(0.3)) {
    events.push({
      id: uuidv7(when + 2),
      at: when + 2,
      kind: 'embedded_discovery',
      toolId: a.demo.tool.id,
      initiatorHost: rng.pick(EMBEDDING_SITES),
      endpointHost: endpoint,
      day: dayString(t, day),
      requests: rng.int(3, 120),
    });
  }
  return events;
}
