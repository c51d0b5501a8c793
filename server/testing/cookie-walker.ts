/**
 * A browser's part of a redirect dance, for HTTP-level tests: a cookie jar per origin, redirects
 * followed by hand (so a test can stop at any hop), and form posts.
 */
export class CookieWalker {
  private jars = new Map<string, Map<string, string>>();

  cookie(origin: string, name: string): string | undefined {
    return this.jars.get(origin)?.get(name);
  }

  async request(
    url: string,
    init: { method?: string; form?: Record<string, string>; headers?: Record<string, string> } = {},
  ): Promise<Response> {
    const u = new URL(url);
    const jar = this.jars.get(u.origin) ?? new Map<string, string>();
    this.jars.set(u.origin, jar);
    const headers: Record<string, string> = { ...init.headers };
    if (jar.size) headers.cookie = [...jar].map(([k, v]) => `${k}=${v}`).join('; ');
    let body: string | undefined;
    if (init.form) {
      headers['content-type'] = 'application/x-www-form-urlencoded';
      body = new URLSearchParams(init.form).toString();
    }
    const res = await fetch(url, {
      method: init.method ?? (body ? 'POST' : 'GET'),
      headers,
      body,
      redirect: 'manual',
    });
    for (const line of res.headers.getSetCookie()) {
      const [pair = ''] = line.split(';');
      const eq = pair.indexOf('=');
      const name = pair.slice(0, eq).trim();
      const value = pair.slice(eq + 1).trim();
      if (/max-age=0\b/i.test(line) || value === '') jar.delete(name);
      else jar.set(name, value);
    }
    return res;
  }

  /** Follows redirects until `stop(url)` says so or a page answers; returns that URL and response. */
  async follow(url: string, stop: (url: string) => boolean = () => false) {
    let current = url;
    for (let hops = 0; hops < 20; hops++) {
      if (stop(current)) return { url: current, res: null };
      const res = await this.request(current);
      const location = res.headers.get('location');
      if (res.status < 300 || res.status >= 400 || !location) return { url: current, res };
      await res.arrayBuffer();
      current = new URL(location, current).href;
    }
    throw new Error(`more than 20 redirects from ${url}`);
  }
}

/**
 * Starts Lantern's sign-in, logs in at the provider's devInteractions form as `login`, and stops
 * at Lantern's callback URL (not yet fetched), so a test can call it, alter it or replay it.
 */
export async function loginAtProvider(
  walker: CookieWalker,
  startUrl: string,
  login: string,
  start?: Response,
): Promise<string> {
  const isCallback = (u: string) => new URL(u).pathname === '/auth/oidc/callback';
  const startLocation = start?.headers.get('location');
  if (start && !startLocation) throw new Error(`start answered ${start.status}: ${await start.text()}`);
  const first = await walker.follow(startLocation ?? startUrl, isCallback);
  if (first.res === null) return first.url;
  const html = await first.res.text();
  const action = /<form[^>]*action="([^"]+)"/.exec(html)?.[1];
  if (!action) throw new Error(`no login form at ${first.url}: ${first.res.status} ${html.slice(0, 300)}`);
  const posted = await walker.request(new URL(action.replace(/&amp;/g, '&'), first.url).href, {
    form: { prompt: 'login', login, password: 'any' },
  });
  const next = posted.headers.get('location');
  if (!next) throw new Error(`login form answered ${posted.status}`);
  const last = await walker.follow(new URL(next, first.url).href, isCallback);
  if (last.res !== null) throw new Error(`did not come back to Lantern: ${last.url} ${last.res.status}`);
  return last.url;
}
