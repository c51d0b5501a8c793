import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('.', import.meta.url));

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? sources(join(dir, e.name))
      : /\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name)
        ? [join(dir, e.name)]
        : [],
  );
}

// Without --silent, pnpm prints its own banner before the command's output, which breaks piping a
// token or an export into a file: every command the dashboard tells an admin to run says --silent.
describe('commands the dashboard quotes', () => {
  it('run the CLI as `pnpm --silent lantern`', () => {
    const quoted = sources(ROOT).flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/pnpm(?: --?[a-z-]+)* lantern/g)].map(
        (m) => `${file}: ${m[0]}`,
      ),
    );
    expect(quoted.length).toBeGreaterThan(1);
    expect(quoted.filter((q) => !q.endsWith('pnpm --silent lantern'))).toEqual([]);
  });
});
