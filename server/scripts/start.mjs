#!/usr/bin/env node
// `pnpm start`: builds what is missing (the Chrome extension, the dashboard), then starts the server
// on http://127.0.0.1:8787 with ./data/lantern.db at the repository root. The server itself migrates
// and, on an empty database, prints a bootstrap admin token and an enrolment token.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const serverDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const root = join(serverDir, '..');
const extensionDir = join(root, 'extension', '.output', 'chrome-mv3');

function build(what, args) {
  process.stderr.write(`Building the ${what} (first start only)...\n`);
  const r = spawnSync('pnpm', args, { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] });
  if (r.status !== 0) {
    process.stderr.write(`Building the ${what} failed; the server starts anyway.\n`);
    return false;
  }
  return true;
}

if (!existsSync(join(extensionDir, 'manifest.json')) && existsSync(join(root, 'extension', 'package.json'))) {
  build('browser extension', ['--filter', '@lantern/extension', 'build']);
}
const dashboardDir = join(serverDir, 'dashboard');
if (!existsSync(join(dashboardDir, 'dist', 'index.html')) && existsSync(join(dashboardDir, 'package.json'))) {
  build('dashboard', ['--filter', '@lantern/dashboard', 'build']);
}

// The default database lives at the repository root wherever pnpm was run from.
const env = { ...process.env };
if (!env.DATABASE_URL) env.DATABASE_URL = `sqlite:${join(root, 'data', 'lantern.db')}`;
const args = ['--import', 'tsx', join(serverDir, 'scripts', 'serve.ts')];
if (existsSync(join(extensionDir, 'manifest.json'))) args.push(extensionDir);
const child = spawn(process.execPath, args, { cwd: serverDir, env, stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
