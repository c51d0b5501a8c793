// @vitest-environment node
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';

/**
 * What the built extension may do, pinned: a change to a permission, a host grant, a web-accessible
 * page or the CSP fails here, so it has to be made on purpose (and this file updated with it).
 * Also: no eval, no remote code, no HTML strings from our own sources.
 */
const root = fileURLToPath(new URL('..', import.meta.url));
const built = join(root, '.output/test/chrome-mv3');

function* files(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      if (name !== 'node_modules' && name !== '__tests__') yield* files(path);
    } else yield path;
  }
}

beforeAll(() => {
  // The build `pnpm test` prepares (skipped when nothing changed); built here when run on its own.
  const result = spawnSync(process.execPath, [join(root, 'scripts/build-test.mjs')], {
    cwd: root,
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`extension build failed: ${result.stderr}`);
}, 300_000);

describe('the built extension', () => {
  const manifest = () =>
    JSON.parse(readFileSync(join(built, 'manifest.json'), 'utf8')) as Record<string, unknown>;

  it('asks for exactly these permissions (each justified in wxt.config.ts)', () => {
    const m = manifest();
    expect(m.manifest_version).toBe(3);
    expect([...(m.permissions as string[])].sort()).toEqual(
      [
        'alarms',
        'declarativeNetRequestWithHostAccess',
        'idle',
        'management',
        'notifications',
        'scripting',
        'storage',
        'webNavigation',
        'webRequest',
      ].sort(),
    );
    expect(m.host_permissions).toEqual(['<all_urls>']);
    expect(m.optional_permissions).toBeUndefined();
    expect(m.optional_host_permissions).toBeUndefined();
    // Never: cookies, history, tabs content access through debugger, clipboard, downloads, nativeMessaging ...
    for (const forbidden of [
      'cookies',
      'history',
      'debugger',
      'clipboardRead',
      'nativeMessaging',
      'downloads',
      'webRequestBlocking',
      'tabCapture',
      'pageCapture',
    ])
      expect(m.permissions).not.toContain(forbidden);
  });

  it('lets no web page message it and exposes only the blocked page, and only at its per-session URL', () => {
    const m = manifest();
    expect(m.externally_connectable).toBeUndefined();
    expect(m.web_accessible_resources).toEqual([
      { resources: ['blocked.html'], matches: ['<all_urls>'], use_dynamic_url: true },
    ]);
    for (const entry of m.web_accessible_resources as { use_dynamic_url?: boolean }[])
      expect(entry.use_dynamic_url).toBe(true);
    // The notice script is registered at run time for AI tool hosts only, not declared for all pages.
    expect(m.content_scripts ?? []).toEqual([]);
  });

  it('keeps the default MV3 CSP (no unsafe-eval, no remote script)', () => {
    const csp = manifest().content_security_policy as Record<string, string> | undefined;
    for (const policy of Object.values(csp ?? {})) {
      expect(policy).not.toMatch(/unsafe-eval|unsafe-inline|https?:|\*/);
    }
  });

  it('ships no eval, no Function constructor and loads no code from the network', () => {
    const offenders: string[] = [];
    for (const file of files(built)) {
      const rel = relative(built, file);
      if (!/\.(js|html)$/.test(file)) continue;
      const text = readFileSync(file, 'utf8');
      if (/\beval\(|new Function\(|importScripts\(/.test(text)) offenders.push(`${rel}: eval-like`);
      if (/<script[^>]+src=["']?(https?:)?\/\//i.test(text)) offenders.push(`${rel}: remote script`);
      if (/import\(\s*["'`]https?:/.test(text)) offenders.push(`${rel}: remote import`);
      // innerHTML may appear only inside React DOM itself (which we never feed HTML strings).
      if (/\.innerHTML\b|insertAdjacentHTML/.test(text) && !text.includes('dangerouslySetInnerHTML'))
        offenders.push(`${rel}: innerHTML`);
    }
    expect(offenders).toEqual([]);
    expect(existsSync(join(built, 'background.js'))).toBe(true);
  });

  it('has no HTML-string sinks in its own sources', () => {
    const sinks =
      /\.innerHTML\s*=|\.outerHTML\s*=|insertAdjacentHTML\(|dangerouslySetInnerHTML\s*=|document\.write\(|\beval\(|new Function\(/;
    const offenders: string[] = [];
    for (const file of files(join(root, 'src'))) {
      if (!/\.(ts|tsx)$/.test(file) || /\.test\.tsx?$/.test(file)) continue;
      readFileSync(file, 'utf8')
        .split('\n')
        .forEach((line, i) => {
          if (sinks.test(line) && !/^\s*(\*|\/\/)/.test(line))
            offenders.push(`${relative(root, file)}:${i + 1}: ${line.trim()}`);
        });
    }
    expect(offenders).toEqual([]);
  });
});
