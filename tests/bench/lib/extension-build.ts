import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const repo = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const extensionDir = join(repo, 'extension');
export const USER_BUILD = join(extensionDir, '.output', 'chrome-mv3');
export const TEST_BUILD = join(extensionDir, '.output', 'test', 'chrome-mv3');

function newestMtime(path: string): number {
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  let newest = st.mtimeMs;
  for (const name of readdirSync(path)) {
    if (name === 'node_modules') continue;
    newest = Math.max(newest, newestMtime(join(path, name)));
  }
  return newest;
}

/**
 * A build made from the sources as they are now. Full mode: the user build (`pnpm --filter
 * @lantern/extension build`), rebuilt when any source is newer. Quick mode (CI): the test build
 * that `pnpm test` already made (the same code plus a manifest key); its script rebuilds only on change.
 */
export function freshBuild(quick: boolean): { dir: string; built: boolean; kind: 'user' | 'test' } {
  if (quick) {
    const run = spawnSync(process.execPath, [join(extensionDir, 'scripts', 'build-test.mjs')], {
      cwd: extensionDir,
      stdio: 'pipe',
      encoding: 'utf8',
    });
    if (run.status !== 0) throw new Error(`extension test build failed: ${run.stderr || run.stdout}`);
    return { dir: TEST_BUILD, built: !run.stdout.includes('up to date'), kind: 'test' };
  }
  const sources = Math.max(
    newestMtime(join(extensionDir, 'src')),
    newestMtime(join(repo, 'shared', 'src')),
    newestMtime(join(extensionDir, 'wxt.config.ts')),
  );
  const manifest = join(USER_BUILD, 'manifest.json');
  if (existsSync(manifest) && statSync(manifest).mtimeMs >= sources)
    return { dir: USER_BUILD, built: false, kind: 'user' };
  const run = spawnSync('pnpm', ['--filter', '@lantern/extension', 'build'], {
    cwd: repo,
    stdio: 'pipe',
    encoding: 'utf8',
  });
  if (run.status !== 0) throw new Error(`extension build failed: ${run.stderr || run.stdout}`);
  return { dir: USER_BUILD, built: true, kind: 'user' };
}

export interface EntrypointSize {
  name: string;
  kind: 'background' | 'content script' | 'page';
  files: string[];
  bytes: number;
  gzipBytes: number;
}

function size(dir: string, files: string[]): { bytes: number; gzipBytes: number } {
  let bytes = 0;
  let gzipBytes = 0;
  for (const f of files) {
    const data = readFileSync(join(dir, f));
    bytes += data.length;
    gzipBytes += gzipSync(data, { level: 9 }).length;
  }
  return { bytes, gzipBytes };
}

/** Each entrypoint with every script file it loads (for pages: the module and its preloads). */
export function entrypointSizes(dir: string): EntrypointSize[] {
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as {
    background?: { service_worker?: string };
    content_scripts?: { js?: string[] }[];
  };
  const out: EntrypointSize[] = [];
  const sw = manifest.background?.service_worker;
  if (sw) out.push({ name: 'background', kind: 'background', files: [sw], ...size(dir, [sw]) });
  const contentFiles = new Set<string>();
  for (const cs of manifest.content_scripts ?? []) for (const f of cs.js ?? []) contentFiles.add(f);
  // Content scripts registered at run time (scripting.registerContentScripts) live here too.
  if (existsSync(join(dir, 'content-scripts')))
    for (const f of readdirSync(join(dir, 'content-scripts')))
      if (f.endsWith('.js')) contentFiles.add(`content-scripts/${f}`);
  for (const f of [...contentFiles].sort())
    out.push({
      name: f.replace(/^content-scripts\//, '').replace(/\.js$/, ''),
      kind: 'content script',
      files: [f],
      ...size(dir, [f]),
    });
  for (const html of readdirSync(dir)
    .filter((f) => f.endsWith('.html'))
    .sort()) {
    const text = readFileSync(join(dir, html), 'utf8');
    const files = [...text.matchAll(/(?:src|href)="\/?([^"]+\.js)"/g)].map((m) => m[1]!);
    out.push({ name: html.replace(/\.html$/, ''), kind: 'page', files, ...size(dir, files) });
  }
  return out;
}
