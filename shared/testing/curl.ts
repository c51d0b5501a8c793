/**
 * Turns the `curl` examples of the docs into fetch() requests, so the documented commands themselves
 * are what the tests send. Understands exactly the curl options the docs use, and refuses any other
 * so an example cannot quietly mean something different from what is run.
 */
export interface CurlRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  body: string | undefined;
}

/** Splits a shell command line like sh would: quotes, `$VAR` / `${VAR}` in double quotes, `\`-newlines. */
export function shellWords(command: string, env: Record<string, string>): string[] {
  const src = command.replace(/\\\n/g, ' ');
  const words: string[] = [];
  let word: string | null = null;
  const expand = (name: string) => {
    const value = env[name];
    if (value === undefined) throw new Error(`the example uses $${name}, which the test does not define`);
    return value;
  };
  for (let i = 0; i < src.length; i++) {
    const c = src[i]!;
    if (/\s/.test(c)) {
      if (word !== null) words.push(word);
      word = null;
    } else if (c === "'") {
      const end = src.indexOf("'", i + 1);
      if (end < 0) throw new Error('unterminated single quote');
      word = (word ?? '') + src.slice(i + 1, end);
      i = end;
    } else if (c === '"') {
      let j = i + 1;
      let out = '';
      for (; j < src.length && src[j] !== '"'; j++) {
        const vm = /^\$(?:\{(\w+)\}|(\w+))/.exec(src.slice(j));
        if (vm) {
          out += expand((vm[1] ?? vm[2])!);
          j += vm[0].length - 1;
        } else if (src[j] === '\\' && j + 1 < src.length && '"\\$`'.includes(src[j + 1]!)) {
          out += src[++j]!;
        } else out += src[j]!;
      }
      if (j >= src.length) throw new Error('unterminated double quote');
      word = (word ?? '') + out;
      i = j;
    } else if (c === '$') {
      const vm = /^\$(?:\{(\w+)\}|(\w+))/.exec(src.slice(i));
      if (!vm) throw new Error(`unexpected $ at ${i}`);
      word = (word ?? '') + expand((vm[1] ?? vm[2])!);
      i += vm[0].length - 1;
    } else {
      word = (word ?? '') + c;
    }
  }
  if (word !== null) words.push(word);
  return words;
}

export function parseCurl(command: string, env: Record<string, string>): CurlRequest {
  const words = shellWords(command.trim(), env);
  if (words.shift() !== 'curl') throw new Error('not a curl command');
  let method: string | null = null;
  let url: string | null = null;
  let get = false;
  const headers: Record<string, string> = {};
  const data: string[] = [];
  const encoded: string[] = [];
  while (words.length > 0) {
    const w = words.shift()!;
    if (w === '-sS' || w === '-s' || w === '-S') continue;
    else if (w === '-X') method = words.shift() ?? null;
    else if (w === '-H') {
      const h = words.shift() ?? '';
      const colon = h.indexOf(':');
      headers[h.slice(0, colon).trim().toLowerCase()] = h.slice(colon + 1).trim();
    } else if (w === '-d' || w === '--data') data.push(words.shift() ?? '');
    else if (w === '--data-urlencode') {
      const d = words.shift() ?? '';
      const eq = d.indexOf('=');
      encoded.push(
        eq < 0 ? encodeURIComponent(d) : `${d.slice(0, eq)}=${encodeURIComponent(d.slice(eq + 1))}`,
      );
    } else if (w === '-G' || w === '--get') get = true;
    else if (w.startsWith('-')) throw new Error(`curl option ${w} is not supported by the docs test`);
    else if (url === null) url = w;
    else throw new Error(`unexpected argument ${w}`);
  }
  if (!url) throw new Error('no URL');
  const all = [...data, ...encoded].join('&');
  if (get) {
    return {
      method: 'GET',
      url: all ? `${url}${url.includes('?') ? '&' : '?'}${all}` : url,
      headers,
      body: undefined,
    };
  }
  return { method: method ?? (all ? 'POST' : 'GET'), url, headers, body: all || undefined };
}
