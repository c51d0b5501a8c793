// Builds what the browser tests load (the extension, the dashboard) before `pnpm test` runs them.
// Each package decides what that is through an optional `build:test` script.
import { spawnSync } from 'node:child_process';

const result = spawnSync('pnpm', ['-r', '--if-present', '--workspace-concurrency=1', 'run', 'build:test'], {
  stdio: 'inherit',
});
process.exit(result.status ?? 1);
