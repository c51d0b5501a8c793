import { describe, expect, it } from 'vitest';
import { parseCurl, shellWords } from './curl';
import { fieldTables, markedBlocks } from './markdown';
import { parsePlist, parseReg } from './policy-formats';

// The docs tests are only as good as these readers: a reader that misparses would let a wrong
// example pass. Each case below is a way the docs could be written.
describe('shellWords', () => {
  it('joins quoted pieces and expands variables only outside single quotes', () => {
    expect(shellWords(`a '{"t":"'"$T"'"}' "x $T" '$T'`, { T: 'v' })).toEqual(['a', '{"t":"v"}', 'x v', '$T']);
  });
  it('continues lines ending in a backslash', () => {
    expect(shellWords('curl \\\n  -sS', {})).toEqual(['curl', '-sS']);
  });
  it('refuses an undefined variable rather than sending an empty value', () => {
    expect(() => shellWords('"$MISSING"', {})).toThrow(/MISSING/);
  });
});

describe('parseCurl', () => {
  it('reads a JSON POST', () => {
    const req = parseCurl(`curl -sS -X POST "$L/trpc/a" -H 'Content-Type: application/json' -d '{"x":1}'`, {
      L: 'http://h',
    });
    expect(req).toEqual({
      method: 'POST',
      url: 'http://h/trpc/a',
      headers: { 'content-type': 'application/json' },
      body: '{"x":1}',
    });
  });
  it('turns -G --data-urlencode into a GET with an encoded query', () => {
    const req = parseCurl(`curl -G "http://h/trpc/q" --data-urlencode 'input={"a":"b c"}'`, {});
    expect(req.method).toBe('GET');
    const [path, query = ''] = req.url.split('?input=');
    expect([path, decodeURIComponent(query)]).toEqual(['http://h/trpc/q', '{"a":"b c"}']);
    expect(req.body).toBeUndefined();
  });
  it('refuses options it does not understand', () => {
    expect(() => parseCurl('curl -k http://h/', {})).toThrow(/-k/);
  });
});

describe('markdown markers', () => {
  const md = [
    '<!-- example: request x -->',
    '```sh',
    'curl http://h/',
    '```',
    '',
    '<!-- fields: T -->',
    '| field | type | meaning |',
    '|---|---|---|',
    '| `a.b` | `x` \\| `y` | why |',
    '',
  ].join('\n');
  it('finds marked code blocks', () => {
    expect(markedBlocks(md)).toEqual([{ label: 'request x', lang: 'sh', code: 'curl http://h/' }]);
  });
  it('reads table rows with escaped pipes inside cells', () => {
    expect(fieldTables(md).get('T')).toEqual([{ field: 'a.b', type: '`x` | `y`' }]);
  });
});

describe('policy formats', () => {
  it('reads .reg strings with escaped quotes and dwords', () => {
    const reg = parseReg(
      'Windows Registry Editor Version 5.00\n\n; note\n[HKEY_X\\A]\n"s"="{\\"k\\":1}"\n"n"=dword:0000012c\n',
    );
    expect(reg.get('HKEY_X\\A')).toEqual(
      new Map<string, string | number>([
        ['s', '{"k":1}'],
        ['n', 300],
      ]),
    );
  });
  it('refuses a .reg line it cannot read', () => {
    expect(() => parseReg('Windows Registry Editor Version 5.00\n[K]\n"n"=hex:01\n')).toThrow(/unsupported/);
  });
  it('reads nested plist dicts, arrays, integers and booleans', () => {
    const xml =
      '<plist><dict><key>a</key><array><dict><key>n</key><integer>30</integer><key>t</key><true/></dict></array><key>s</key><string>x &amp; y</string></dict></plist>';
    expect(parsePlist(xml)).toEqual({ a: [{ n: 30, t: true }], s: 'x & y' });
  });
  it('refuses a plist with a duplicate key', () => {
    expect(() =>
      parsePlist('<dict><key>a</key><string>1</string><key>a</key><string>2</string></dict>'),
    ).toThrow(/duplicate key a/);
  });
});
