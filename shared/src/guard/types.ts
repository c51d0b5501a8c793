/**
 * The on-device data guard's vocabulary. Plain TypeScript with no zod and no imports beyond this
 * folder, so the content script that runs it stays small (docs/performance.md, `pnpm bench guard`).
 */

/** What a detector recognises. Never the matched text: a kind and how many times. */
export const GUARD_KINDS = [
  'secret',
  'payment-card',
  'iban',
  'email-bulk',
  'phone-bulk',
  'national-id',
  'source-code',
] as const;
export type GuardKind = (typeof GUARD_KINDS)[number];

/** The product's data classes (schemas/primitives.ts DATA_CLASSES), repeated to keep zod out. */
export type GuardDataClass = 'public' | 'internal' | 'confidential' | 'personal' | 'special-category';

/**
 * Which data class each kind of finding belongs to. Special-category data (health, religion ...)
 * has no reliable pattern, so no detector claims it (docs/privacy.md says so).
 */
export const KIND_CLASSES: Record<GuardKind, readonly GuardDataClass[]> = {
  secret: ['confidential'],
  'payment-card': ['personal', 'confidential'],
  iban: ['personal'],
  'email-bulk': ['personal'],
  'phone-bulk': ['personal'],
  'national-id': ['personal'],
  'source-code': ['internal'],
};

/** How many of each kind one piece of content holds (only kinds that were found). */
export type GuardFindings = Partial<Record<GuardKind, number>>;
