import { prng } from './events';

/**
 * Text people paste into AI tools, generated from a seed so every run measures the same bytes:
 * prose with a few figures, code, and a CSV export dense with the things the guard looks for
 * (names, emails, phone numbers, IBANs, card-like numbers) — the slow case for its patterns.
 */
const WORDS = (
  'the quarterly report shows revenue growth in all regions while costs stayed flat and the team ' +
  'plans to hire two engineers next month please summarise the key risks and draft an email to ' +
  'the board about the delayed launch of version 2 order 48213 shipped on 2024-05-17 for 129.50 EUR'
).split(' ');

const CODE = [
  'import { readFile } from "node:fs/promises";',
  'export async function load(path: string) {',
  '  const text = await readFile(path, "utf8");',
  '  return JSON.parse(text) as Config;',
  '}',
  'for (const item of items) {',
  '  if (item.total > limit) throw new Error("too big");',
  '}',
];

export function proseAndCode(bytes: number, seed = 1): string {
  const rand = prng(seed);
  const out: string[] = [];
  let size = 0;
  while (size < bytes) {
    const line =
      rand() < 0.25
        ? CODE[Math.floor(rand() * CODE.length)]!
        : Array.from(
            { length: 8 + Math.floor(rand() * 10) },
            () => WORDS[Math.floor(rand() * WORDS.length)],
          ).join(' ');
    out.push(line);
    size += line.length + 1;
  }
  return out.join('\n').slice(0, bytes);
}

export function denseRecords(bytes: number, seed = 2): string {
  const rand = prng(seed);
  const digits = (n: number) => Array.from({ length: n }, () => Math.floor(rand() * 10)).join('');
  const out = ['name,email,phone,iban,card,note'];
  let size = out[0]!.length;
  for (let i = 0; size < bytes; i++) {
    const line = `Person ${i},person${i}@example.com,+49 30 ${digits(7)},DE${digits(20)},${digits(16)},ticket ${digits(11)}`;
    out.push(line);
    size += line.length + 1;
  }
  return out.join('\n').slice(0, bytes);
}
