/**
 * Minimal readers for the policy file formats of docs/examples (Windows .reg and Apple plist), so the
 * deployment tests check the files an administrator would import, not a re-typed copy. They read
 * exactly the subset those formats use in the examples and throw on anything else.
 */

export type RegValue = string | number;

/** `.reg` (Registry Editor 5.00): section path → value name → string or dword. */
export function parseReg(text: string): Map<string, Map<string, RegValue>> {
  const lines = text.split(/\r?\n/);
  if (lines[0] !== 'Windows Registry Editor Version 5.00') throw new Error('missing .reg header');
  const sections = new Map<string, Map<string, RegValue>>();
  let current: Map<string, RegValue> | null = null;
  for (const line of lines.slice(1)) {
    if (line.trim() === '' || line.startsWith(';')) continue;
    const section = /^\[([^\]]+)\]$/.exec(line);
    if (section) {
      current = new Map();
      sections.set(section[1]!, current);
      continue;
    }
    if (!current) throw new Error(`value outside a section: ${line}`);
    const str = /^"((?:[^"\\]|\\.)*)"="((?:[^"\\]|\\.)*)"$/.exec(line);
    const dword = /^"((?:[^"\\]|\\.)*)"=dword:([0-9a-fA-F]{8})$/.exec(line);
    if (str) current.set(unescapeReg(str[1]!), unescapeReg(str[2]!));
    else if (dword) current.set(unescapeReg(dword[1]!), parseInt(dword[2]!, 16));
    else throw new Error(`unsupported .reg line: ${line}`);
  }
  return sections;
}

function unescapeReg(s: string): string {
  return s.replace(/\\(.)/g, '$1');
}

export type PlistValue = string | number | boolean | PlistValue[] | { [key: string]: PlistValue };

/** An XML property list (also a .mobileconfig) as plain JavaScript values. */
export function parsePlist(xml: string): PlistValue {
  const tokens = [...xml.matchAll(/<(\/?)(dict|array|key|string|integer|true|false)(\/?)>([^<]*)/g)];
  let i = 0;
  const unescape = (s: string) =>
    s
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&apos;/g, "'")
      .replace(/&amp;/g, '&');
  const next = () => {
    const t = tokens[i++];
    if (!t) throw new Error('unexpected end of plist');
    return { close: t[1] === '/', tag: t[2]!, selfClosing: t[3] === '/', text: t[4]! };
  };
  const closeTag = (tag: string) => {
    const t = next();
    if (!t.close || t.tag !== tag) throw new Error(`expected </${tag}>`);
  };
  function value(): PlistValue {
    const t = next();
    if (t.close) throw new Error(`unexpected </${t.tag}>`);
    switch (t.tag) {
      case 'true':
      case 'false':
        if (!t.selfClosing) throw new Error(`<${t.tag}/> must be empty`);
        return t.tag === 'true';
      case 'string':
        closeTag('string');
        return unescape(t.text);
      case 'integer':
        closeTag('integer');
        if (!/^-?\d+$/.test(t.text.trim())) throw new Error(`bad integer ${t.text}`);
        return Number(t.text.trim());
      case 'array': {
        const items: PlistValue[] = [];
        while (tokens[i] && !(tokens[i]![1] === '/' && tokens[i]![2] === 'array')) items.push(value());
        closeTag('array');
        return items;
      }
      case 'dict': {
        const dict: { [key: string]: PlistValue } = {};
        while (tokens[i] && !(tokens[i]![1] === '/' && tokens[i]![2] === 'dict')) {
          const k = next();
          if (k.tag !== 'key' || k.close) throw new Error('expected <key> in <dict>');
          closeTag('key');
          const key = unescape(k.text);
          if (key in dict) throw new Error(`duplicate key ${key}`);
          dict[key] = value();
        }
        closeTag('dict');
        return dict;
      }
      default:
        throw new Error(`unexpected <${t.tag}>`);
    }
  }
  const root = value();
  if (i !== tokens.length) throw new Error('trailing content after the root value');
  return root;
}
