// Builds the extension for the browser tests into .output/test/chrome-mv3 with the fixed test key
// (tests/e2e/harness/extension-key.json), and skips the build when nothing it is made from changed,
// so `pnpm test` stays fast on a second run. The user build (.output/chrome-mv3) stays key-free.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const keyFile = fileURLToPath(new URL('../../tests/e2e/harness/extension-key.json', import.meta.url));
const outDir = join(root, '.output/test/chrome-mv3');
const stampFile = join(root, '.output/test/.source-hash');

const inputs = [
  join(root, 'src'),
  join(root, '../shared/src'),
  join(root, 'wxt.config.ts'),
  join(root, 'package.json'),
  keyFile,
];

function* files(path) {
  if (statSync(path).isDirectory()) {
    for (const name of readdirSync(path).sort()) {
      if (
        name === 'node_modules' ||
        name.endsWith('.test.ts') ||
        name.endsWith('.test.tsx') ||
        name === '__tests__'
      )
        continue;
      yield* files(join(path, name));
    }
  } else yield path;
}

const hash = createHash('sha256');
for (const input of inputs) {
  for (const file of files(input))
    hash.update(relative(root, file)).update('\0').update(readFileSync(file)).update('\0');
}
const digest = hash.digest('hex');

if (
  existsSync(join(outDir, 'manifest.json')) &&
  existsSync(stampFile) &&
  readFileSync(stampFile, 'utf8') === digest
) {
  console.log('extension test build is up to date');
  process.exit(0);
}
const result = spawnSync('pnpm', ['exec', 'wxt', 'build'], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, LANTERN_EXTENSION_KEY_FILE: keyFile },
});
if (result.status !== 0) process.exit(result.status ?? 1);
writeFileSync(stampFile, digest);
