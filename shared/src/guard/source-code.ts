/**
 * Source code: lines that only code writes (statements ending in `;` or `{`, closing braces,
 * definitions, imports, includes, decorators, arrows). A few such lines happen in prose and in
 * chat; a block of at least `MIN_LINES` where they are at least a third of the non-empty lines is
 * code. Returns how many code-like lines were seen (0 when below the threshold).
 */
const MIN_LINES = 5;

const CODE_LINE =
  /^\s*(?:[}\])];?|.*[;{]\s*$|(?:export\s+)?(?:async\s+)?(?:function|def|class|interface|struct|enum|fn|func|impl|package|namespace)\s+[\w$]+|(?:import|from|using|#include|require)\b.*|(?:const|let|var|val|public|private|protected|static)\s+[\w$<>[\]]+.*=|@\w+(?:\(.*\))?\s*$|.*\)\s*(?:=>|->)\s*.*|(?:if|for|while|switch)\s*\(.*\)\s*\{?\s*$|return\b.*)/;

export function countCodeLines(text: string): number {
  let code = 0;
  let nonEmpty = 0;
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    // Very long lines are minified code or data, not something a line rule can judge.
    if (end - start > 0 && end - start < 2000) {
      const line = text.slice(start, end);
      if (line.trim() !== '') {
        nonEmpty++;
        if (CODE_LINE.test(line)) code++;
      }
    }
    start = end + 1;
  }
  return code >= MIN_LINES && code * 3 >= nonEmpty ? code : 0;
}
