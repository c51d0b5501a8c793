// `build:test`: rebuilds the dashboard only when its inputs changed since the last build, so
// `pnpm test` stays quick on a warm tree and still never serves a stale dashboard to the e2e test.
// Inputs: this package (minus tests and its build) and shared/src, which the dashboard bundles.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));
const outDir = join(here, 'dist');
const stampFile = join(outDir, '.inputs-sha256');
const inputs = [here, join(here, '..', '..', 'shared', 'src')];

function* files(path) {
  if (!existsSync(path)) return;
  if (statSync(path).isDirectory()) {
    for (const entry of readdirSync(path, { withFileTypes: true }).sort((a, b) =>
      a.name.localeCompare(b.name),
    )) {
      if (entry.name === 'node_modules' || entry.name === 'dist') continue;
      const full = join(path, entry.name);
      if (entry.isDirectory()) yield* files(full);
      else if (!/\.test\.tsx?$/.test(entry.name)) yield full;
    }
    return;
  }
  yield path;
}

const hash = createHash('sha256');
for (const input of inputs) {
  for (const file of files(input))
    hash.update(relative(here, file)).update('\0').update(readFileSync(file)).update('\0');
}
const digest = hash.digest('hex');

if (
  existsSync(join(outDir, 'index.html')) &&
  existsSync(stampFile) &&
  readFileSync(stampFile, 'utf8') === digest
) {
  console.log('dashboard: up to date');
  process.exit(0);
}
const result = spawnSync('pnpm', ['exec', 'vite', 'build', '--logLevel', 'warn'], {
  cwd: here,
  stdio: 'inherit',
});
if (result.status !== 0) process.exit(result.status ?? 1);
writeFileSync(stampFile, digest);
console.log('dashboard: built');
