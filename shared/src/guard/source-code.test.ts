import { describe, expect, it } from 'vitest';
import { countCodeLines } from './source-code';

describe('source code', () => {
  it('recognises a block of TypeScript', () => {
    const code =
      'import { x } from "y";\n\nexport function f(a: number) {\n  const b = a * 2;\n  return b;\n}\n';
    expect(countCodeLines(code)).toBeGreaterThanOrEqual(5);
  });

  it('recognises Python', () => {
    const code =
      'import os\nfrom pathlib import Path\n\ndef main():\n    return 1\n\nclass A:\n    pass\n@decorator\n';
    expect(countCodeLines(code)).toBeGreaterThanOrEqual(5);
  });

  it('ignores prose, even with the odd semicolon or brace', () => {
    const prose = [
      'Dear team; thanks for the update.',
      'The plan {draft} is attached.',
      'We will meet on Monday and decide.',
      'Return the form by Friday, please.',
      'If you have questions, ask me.',
      'Class starts at nine.',
      'Regards, Ada',
    ].join('\n');
    expect(countCodeLines(prose)).toBe(0);
  });
});
