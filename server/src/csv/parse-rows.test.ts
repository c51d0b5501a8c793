import { describe, expect, it } from 'vitest';
import { parseCsvRows, type CsvRowsOptions } from './parse-rows';

interface Pet {
  line: number;
  name: string;
  legs: number;
}

/** A small importer: `name` required, `legs` a whole number (empty: 4). */
function options(over: Partial<CsvRowsOptions<Pet>> = {}): CsvRowsOptions<Pet> {
  return {
    columns: ['name', 'legs'],
    required: ['name'],
    otherColumns: 'refuse',
    maxChars: 1000,
    maxRows: 5,
    noun: 'pets',
    row: (f, line) => {
      if (f.name === '') return 'name is empty';
      const legs = f.legs === '' ? 4 : Number(f.legs);
      return Number.isInteger(legs) ? { line, name: f.name!, legs } : `"${f.legs}" is not a number of legs`;
    },
    ...over,
  };
}

describe('parseCsvRows', () => {
  it('reads every row, trimmed, with a BOM, semicolons and a header in any case', () => {
    const csv = '\ufeffName ; LEGS\nRex;4\n\n  Tweety ; 2 \nSnake;\n';
    expect(parseCsvRows(csv, options())).toEqual({
      ok: true,
      rows: [
        { line: 2, name: 'Rex', legs: 4 },
        { line: 4, name: 'Tweety', legs: 2 },
        { line: 5, name: 'Snake', legs: 4 },
      ],
    });
  });

  it('returns no row when one is bad, and names every bad line as the file counts it', () => {
    const csv = 'name,legs\nRex,4\n,3\n"Two\nlines",x\nCat,4,extra\nDog,four\n';
    expect(parseCsvRows(csv, options())).toEqual({
      ok: false,
      problems: [
        { line: 3, message: 'name is empty' },
        { line: 5, message: '"x" is not a number of legs' },
        { line: 6, message: '3 fields where the header has 2' },
        { line: 7, message: '"four" is not a number of legs' },
      ],
    });
  });

  it('checks the header: unknown, missing and repeated columns', () => {
    const first = (csv: string, over: Partial<CsvRowsOptions<Pet>> = {}) => {
      const out = parseCsvRows(csv, options(over));
      return out.ok ? null : out.problems[0];
    };
    expect(first('name,colour\nRex,red\n')).toEqual({
      line: 1,
      message: 'unknown column(s) "colour"; use name, legs',
    });
    expect(parseCsvRows('name,colour\nRex,red\n', options({ otherColumns: 'ignore' }))).toEqual({
      ok: true,
      rows: [{ line: 2, name: 'Rex', legs: 4 }],
    });
    expect(first('legs\n4\n')?.message).toBe('the header has no "name" column (columns: name, legs)');
    expect(first('x\n1\n', { required: ['name', 'legs'], otherColumns: 'ignore' })?.message).toBe(
      'the header has no "name", "legs" columns (columns: name, legs)',
    );
    expect(first('name,Name\nRex,Rex\n')?.message).toBe('a column appears twice in the header');
  });

  it('refuses an empty, header-only, oversized, overlong or unreadable file with one clear problem', () => {
    const cases: [string, string, number][] = [
      ['', 'the file is empty; the first line must be the header name,legs', 1],
      ['name,legs\n', 'the file has a header but no pets', 1],
      ['x'.repeat(1001), 'the file is larger than 0.001 MB', 1],
      [`name\n${'Rex\n'.repeat(6)}`, 'more than 5 pets in one file; split it', 1],
      ['name,legs\nRex,4\nTweety,"2\n', 'not a readable CSV file', 3],
    ];
    for (const [csv, message, line] of cases) {
      const out = parseCsvRows(csv, options());
      expect(out.ok).toBe(false);
      if (out.ok) continue;
      expect(out.problems).toHaveLength(1);
      expect(out.problems[0]!.message).toContain(message);
      expect(out.problems[0]!.line).toBe(line);
    }
  });

  it('accepts exactly the row limit', () => {
    const out = parseCsvRows(`name\n${'Rex\n'.repeat(5)}`, options());
    expect(out.ok && out.rows.length).toBe(5);
  });
});
