// Builds the extension for the browser tests into .output/test/chrome-mv3 (with the fixed test key from
// tests/e2e/harness/extension-key.json) and .output/test/firefox-mv3, and skips a build when nothing it
// is made from changed, so `pnpm test` stays fast on a second run. The user builds (.output/chrome-mv3,
// .output/firefox-mv3) stay key-free.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const keyFile = fileURLToPath(new URL('../../tests/e2e/harness/extension-key.json', import.meta.url));

const inputs = [
  join(root, 'src'),
  join(root, 'scripts'),
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

for (const browser of ['chrome', 'firefox']) {
  const outDir = join(root, `.output/test/${browser}-mv3`);
  const stampFile = join(root, `.output/test/.source-hash-${browser}`);
  if (
    existsSync(join(outDir, 'manifest.json')) &&
    existsSync(stampFile) &&
    readFileSync(stampFile, 'utf8') === digest
  ) {
    console.log(`extension test build for ${browser} is up to date`);
    continue;
  }
  const result = spawnSync('pnpm', ['exec', 'wxt', 'build', '-b', browser], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, LANTERN_EXTENSION_KEY_FILE: keyFile },
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
  writeFileSync(stampFile, digest);
}
