import { BULK, countEmails, countPhones } from './contacts';
import { countNationalIds } from './national-ids';
import { countCards, countIbans } from './payments';
import { countSecrets } from './secrets';
import { countCodeLines } from './source-code';
import { KIND_CLASSES, type GuardDataClass, type GuardFindings, type GuardKind } from './types';

/** Raw counts of one piece of text, before the bulk thresholds. */
function rawCounts(text: string): Record<GuardKind, number> {
  // Cheap pre-checks: most pasted text has no long digit run, no `@`, no key-like prefix.
  const digits = /\d{2}/.test(text);
  return {
    secret: countSecrets(text),
    'payment-card': digits ? countCards(text) : 0,
    iban: digits ? countIbans(text) : 0,
    'email-bulk': text.includes('@') ? countEmails(text) : 0,
    'phone-bulk': digits ? countPhones(text) : 0,
    'national-id': digits ? countNationalIds(text) : 0,
    'source-code': countCodeLines(text),
  };
}

function add(into: Record<GuardKind, number>, more: Record<GuardKind, number>): void {
  for (const k of Object.keys(more) as GuardKind[]) into[k] += more[k];
}

function findings(counts: Record<GuardKind, number>): GuardFindings {
  const out: GuardFindings = {};
  for (const [kind, n] of Object.entries(counts) as Array<[GuardKind, number]>) {
    const bulk = kind === 'email-bulk' || kind === 'phone-bulk';
    if (n > 0 && (!bulk || n >= BULK)) out[kind] = n;
  }
  return out;
}

/** Classifies text in one go. Meant for pastes up to `CHUNK_CHARS`; larger ones use classifyChunked. */
export function classifyText(text: string): GuardFindings {
  return findings(rawCounts(text));
}

/**
 * 32 KB per chunk: `pnpm bench guard` measured about 1.5 ms for one chunk of a dense CSV export (the
 * slow case) and under 1 ms for prose and code, so a chunk stays far inside a 16 ms frame even on a
 * slow laptop and the page keeps painting between chunks.
 */
export const CHUNK_CHARS = 32 * 1024;

/** Chunk ends at a line break near the size, so a token or a card number is never cut in two. */
export function chunkEnds(text: string, size = CHUNK_CHARS): number[] {
  const ends: number[] = [];
  let start = 0;
  while (start < text.length) {
    let end = Math.min(start + size, text.length);
    if (end < text.length) {
      const newline = text.lastIndexOf('\n', end);
      const space = text.lastIndexOf(' ', end);
      const cut = newline > start + size / 2 ? newline : space > start + size / 2 ? space : end;
      end = cut;
    }
    ends.push(end);
    start = end;
  }
  return ends;
}

/**
 * Classifies text a chunk at a time, awaiting `pause` between chunks so the page's own work (and
 * painting) runs in between. Distinct emails and phone numbers are counted per chunk and summed,
 * so a contact list repeated across chunks counts a little high — it is a warning, not a report.
 */
export async function classifyChunked(text: string, pause: () => Promise<void>): Promise<GuardFindings> {
  const total = rawCounts('');
  let start = 0;
  for (const end of chunkEnds(text)) {
    add(total, rawCounts(text.slice(start, end)));
    start = end;
    if (end < text.length) await pause();
  }
  return findings(total);
}

/** The data classes the findings belong to that the tool's decision does not allow, in a fixed order. */
export function disallowedClasses(
  found: GuardFindings,
  allowed: readonly GuardDataClass[],
): GuardDataClass[] {
  const classes = new Set<GuardDataClass>();
  for (const kind of Object.keys(found) as GuardKind[])
    for (const c of KIND_CLASSES[kind]) if (!allowed.includes(c)) classes.add(c);
  const order: GuardDataClass[] = ['special-category', 'personal', 'confidential', 'internal', 'public'];
  return order.filter((c) => classes.has(c));
}
