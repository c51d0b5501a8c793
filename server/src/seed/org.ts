import type { PurposeCategory, ToolCategory } from '@lantern/shared';
import { emailPart, FIRST_NAMES, LAST_NAMES } from './names';
import type { Random } from './prng';

export const DEMO_DOMAIN = 'meridian-freight.example';

export interface Department {
  name: string;
  /** Share of the headcount. */
  weight: number;
  /** How likely a person here takes up a tool of each category over the period. */
  affinity: Partial<Record<ToolCategory, number>>;
  /** What people here register their use for, most common first. */
  purposes: readonly PurposeCategory[];
}

// A mid-sized logistics company. HR and Finance bring the Annex III purposes (recruitment, credit).
export const DEPARTMENTS: readonly Department[] = [
  {
    name: 'Engineering',
    weight: 24,
    affinity: { chat: 0.9, coding: 0.85, 'developer-platform': 0.35, search: 0.3, agents: 0.15 },
    purposes: ['coding', 'research', 'summarising', 'data-analysis'],
  },
  {
    name: 'Sales',
    weight: 14,
    affinity: { chat: 0.8, writing: 0.35, meeting: 0.45, presentation: 0.3 },
    purposes: ['customer-communication', 'drafting', 'summarising', 'research'],
  },
  {
    name: 'Marketing',
    weight: 10,
    affinity: { chat: 0.9, image: 0.55, writing: 0.6, video: 0.2, presentation: 0.35 },
    purposes: ['media-creation', 'drafting', 'brainstorming', 'translation'],
  },
  {
    name: 'Customer Support',
    weight: 14,
    affinity: { chat: 0.75, translation: 0.55, writing: 0.25 },
    purposes: ['customer-communication', 'translation', 'summarising'],
  },
  {
    name: 'Operations',
    weight: 16,
    affinity: { chat: 0.6, translation: 0.3, productivity: 0.25, meeting: 0.2 },
    purposes: ['summarising', 'data-analysis', 'translation', 'drafting'],
  },
  {
    name: 'Finance',
    weight: 8,
    affinity: { chat: 0.55, productivity: 0.3, search: 0.2 },
    purposes: ['data-analysis', 'summarising', 'credit-insurance', 'drafting'],
  },
  {
    name: 'People & HR',
    weight: 6,
    affinity: { chat: 0.7, writing: 0.45, meeting: 0.25 },
    purposes: ['recruitment-hr', 'drafting', 'worker-management', 'summarising'],
  },
  {
    name: 'Legal',
    weight: 4,
    affinity: { chat: 0.5, translation: 0.4, search: 0.3 },
    purposes: ['summarising', 'research', 'translation'],
  },
  {
    name: 'Product',
    weight: 4,
    affinity: { chat: 0.9, presentation: 0.4, meeting: 0.4, image: 0.2 },
    purposes: ['brainstorming', 'research', 'summarising', 'drafting'],
  },
];

export interface Person {
  name: string;
  email: string;
  department: Department;
  browser: 'chrome' | 'edge' | 'firefox';
  /** Some people carry a second browser (a laptop and a desktop, or Chrome and Firefox). */
  secondBrowser: 'chrome' | 'edge' | 'firefox' | null;
}

/** Deterministic people with unique, plausible work emails. */
export function generatePeople(rng: Random, count: number): Person[] {
  const people: Person[] = [];
  const used = new Set<string>();
  const weights = DEPARTMENTS.map((d) => [d, d.weight] as const);
  while (people.length < count) {
    const first = rng.pick(FIRST_NAMES);
    const last = rng.pick(LAST_NAMES);
    let local = `${emailPart(first)}.${emailPart(last)}`;
    for (let n = 2; used.has(local); n++) local = `${emailPart(first)}.${emailPart(last)}${n}`;
    used.add(local);
    const browser = rng.weighted([
      ['chrome', 62],
      ['edge', 28],
      ['firefox', 10],
    ] as const);
    people.push({
      name: `${first} ${last}`,
      email: `${local}@${DEMO_DOMAIN}`,
      department: rng.weighted(weights),
      browser,
      secondBrowser: rng.chance(0.12) ? (browser === 'firefox' ? 'chrome' : 'firefox') : null,
    });
  }
  return people;
}
