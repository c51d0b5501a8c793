import { describe, expect, it } from 'vitest';
import { csvCell, toCsv } from './csv';

describe('CSV export cells', () => {
  it('quotes commas, quotes and line breaks', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell('a\rb')).toBe('"a\rb"');
    expect(csvCell(' padded')).toBe('" padded"');
  });

  it('defuses cells a spreadsheet would run as formulas', () => {
    for (const evil of ['=HYPERLINK("http://x")', '+1+1', '-2', '@SUM(A1)', '\tcmd']) {
      expect(csvCell(evil).replace(/^"/, '')).toMatch(/^'/);
    }
    expect(csvCell('plain')).toBe('plain');
  });

  it('writes a header and one line per row', () => {
    expect(
      toCsv(
        ['a', 'b'],
        [
          { a: 1, b: null },
          { a: ['x', 'y'], b: 'z' },
        ],
      ),
    ).toBe('a,b\r\n1,\r\nx; y,z\r\n');
  });
});
