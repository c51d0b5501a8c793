/**
 * The ICANN section of the Public Suffix List as `tldts-icann` carries it, in a smaller form for the
 * extension's scripts: its suffix graph written out as nested text (`uk(co,gov,…)`) instead of the
 * package's label string plus three arrays of numbers in source form. Same rules, same walk, so the
 * same answers (`tldts-icann.ts` plugs it into tldts-core exactly as the package plugs in its own);
 * only the encoding differs, and the worker's script is ~11 KB gzip smaller for it (docs/performance.md).
 *
 * Text form: a node's children as `label[?][(children)]`, separated by commas and sorted by label.
 * A label is a rule's right-most remaining label (`*` a wildcard); `?` marks a node that ends no rule
 * (most do). Two such lists, the rules and the exceptions (`!www.ck`), joined by `|`.
 */

/** The arrays `tldts-icann` builds its lookup from (its `src/data/trie.ts`, version 7.4.16). */
export interface TldtsTrieData {
  nodeFlags: ArrayLike<number>;
  edgeStart: ArrayLike<number>;
  edgeLength: ArrayLike<number>;
  edgeChild: ArrayLike<number>;
  labelText: string;
  rulesRoot: number;
  exceptionsRoot: number;
}

export interface SuffixNode {
  /** A rule ends here (tldts-icann's node flag 1, "ICANN"). */
  terminal: boolean;
  children: Map<string, SuffixNode> | null;
}

export interface SuffixTrees {
  rules: SuffixNode;
  exceptions: SuffixNode;
}

const SEPARATORS = /[,()?|]/;

/** tldts-icann's graph → the text form. Throws on a label the text form cannot carry. */
export function packSuffixTrees(data: TldtsTrieData): string {
  const { nodeFlags, edgeStart, edgeLength, edgeChild, labelText } = data;
  // Labels are stored back to back in edge order (as tldts-icann's suffix-trie.ts reads them).
  const edgeOffset: number[] = [];
  for (let edge = 0, offset = 0; edge < edgeLength.length; edge += 1) {
    edgeOffset.push(offset);
    offset += edgeLength[edge]!;
  }
  if (edgeOffset.length > 0 && edgeOffset.at(-1)! + edgeLength[edgeLength.length - 1]! !== labelText.length)
    throw new Error('tldts-icann: labels and edges disagree (a changed data format?)');
  const pack = (node: number): string => {
    const items: [string, string][] = [];
    for (let edge = edgeStart[node]!; edge < edgeStart[node + 1]!; edge += 1) {
      const label = labelText.slice(edgeOffset[edge], edgeOffset[edge]! + edgeLength[edge]!);
      if (label === '' || SEPARATORS.test(label))
        throw new Error(`tldts-icann: label "${label}" cannot be packed`);
      const child = edgeChild[edge]!;
      const hasChildren = edgeStart[child + 1]! > edgeStart[child]!;
      items.push([
        label,
        `${label}${(nodeFlags[child]! & 1) === 0 ? '?' : ''}${hasChildren ? `(${pack(child)})` : ''}`,
      ]);
    }
    return items
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([, text]) => text)
      .join(',');
  };
  return `${pack(data.rulesRoot)}|${pack(data.exceptionsRoot)}`;
}

/** The text form → the two trees. Throws on text `packSuffixTrees` would not write. */
export function unpackSuffixTrees(packed: string): SuffixTrees {
  let at = 0;
  const fail = (): never => {
    throw new Error(`packed suffix list: unexpected input at ${at}`);
  };
  // children := item (',' item)* ; item := label '?'? ('(' children ')')?
  const children = (): Map<string, SuffixNode> => {
    const map = new Map<string, SuffixNode>();
    for (;;) {
      const start = at;
      while (at < packed.length && !SEPARATORS.test(packed[at]!)) at += 1;
      if (at === start) fail();
      const label = packed.slice(start, at);
      const node: SuffixNode = { terminal: true, children: null };
      if (packed[at] === '?') {
        node.terminal = false;
        at += 1;
      }
      if (packed[at] === '(') {
        at += 1;
        node.children = children();
        if (packed[at] !== ')') fail();
        at += 1;
      }
      map.set(label, node);
      if (packed[at] !== ',') return map;
      at += 1;
    }
  };
  const root = (): SuffixNode => ({
    terminal: false,
    children: packed[at] === '|' || at === packed.length ? null : children(),
  });
  const rules = root();
  if (packed[at] !== '|') fail();
  at += 1;
  const exceptions = root();
  if (at !== packed.length) fail();
  return { rules, exceptions };
}

/**
 * The deepest rule `hostname` matches, walking its labels right to left from `root`: an exact label
 * first, else the node's wildcard. As tldts-icann's `walk`: returns [start, end) of the left-most
 * label of that rule within `hostname`, or null when none matched.
 */
export function deepestMatch(hostname: string, root: SuffixNode): [number, number] | null {
  let node = root;
  let end = hostname.length;
  let match: [number, number] | null = null;
  for (let i = hostname.length - 1; i >= -1; i -= 1) {
    if (i !== -1 && hostname.charCodeAt(i) !== 46 /* '.' */) continue;
    const start = i + 1;
    const next = node.children?.get(hostname.slice(start, end)) ?? node.children?.get('*');
    if (next === undefined) return match;
    node = next;
    if (node.terminal) match = [start, end];
    end = i;
  }
  return match;
}

/** tldts-icann's suffix lookup after its fast path: exceptions first, then rules, else the last label. */
export function publicSuffixOf(hostname: string, trees: SuffixTrees): string {
  const exception = deepestMatch(hostname, trees.exceptions);
  if (exception) return hostname.slice(exception[1] + 1);
  const rule = deepestMatch(hostname, trees.rules);
  if (rule) return hostname.slice(rule[0]);
  const lastDot = hostname.lastIndexOf('.');
  return lastDot === -1 ? hostname : hostname.slice(lastDot + 1);
}
