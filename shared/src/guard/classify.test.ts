import { describe, expect, it } from 'vitest';
import { chunkEnds, classifyChunked, classifyText, disallowedClasses } from './classify';

describe('the guard classifier', () => {
  it('names the data classes a tool does not allow, most sensitive first', () => {
    const found = classifyText('card 4111 1111 1111 1111, key AKIA' + 'IOSFODNN7EXAMPLE');
    expect(disallowedClasses(found, ['public', 'internal'])).toEqual(['personal', 'confidential']);
    expect(disallowedClasses(found, ['public', 'internal', 'confidential', 'personal'])).toEqual([]);
  });

  it('finds nothing in ordinary text', () => {
    expect(classifyText('Please summarise the attached meeting notes in three bullet points.')).toEqual({});
  });

  it('cuts chunks at line breaks and covers the whole text', () => {
    const text = Array.from({ length: 5000 }, (_, i) => `line ${i} with some words`).join('\n');
    const ends = chunkEnds(text, 10_000);
    expect(ends.at(-1)).toBe(text.length);
    for (const end of ends.slice(0, -1)) expect(text[end]).toBe('\n');
  });

  it('gives the same findings chunked as in one go, pausing between chunks', async () => {
    const filler = 'ordinary words in a long document\n'.repeat(4000);
    const text = `${filler}4111 1111 1111 1111\n${filler}DE89 3704 0044 0532 0130 00\n${filler}`;
    let pauses = 0;
    const chunked = await classifyChunked(text, async () => {
      pauses++;
    });
    expect(pauses).toBeGreaterThan(3);
    expect(chunked).toEqual(classifyText(text));
    expect(chunked).toEqual({ 'payment-card': 1, iban: 1 });
  });
});
