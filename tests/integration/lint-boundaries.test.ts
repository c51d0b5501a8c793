import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';

// The architecture boundaries of house-style pattern 10 hold because `pnpm lint` fails on each of
// these planted violations. Each is linted as if it were a file at that path (ESLint's lintText:
// nothing is written to the tree), with the repository's own eslint.config.js. Type-aware rules are
// off for the planted files only: the boundaries need no types, and a file that does not exist on
// disk has no TypeScript project.
const root = fileURLToPath(new URL('../..', import.meta.url));
const PLANTED = '__planted__';
const eslint = new ESLint({
  cwd: root,
  overrideConfig: [{ files: [`**/${PLANTED}*`], ...tseslint.configs.disableTypeChecked }],
});

/** [what, where (folder), code, the rule that must fire] */
const VIOLATIONS: [string, string, string, string][] = [
  [
    'window in service-worker sync code',
    'extension/src/sync',
    'export const w = window.location.href;',
    'no-restricted-globals',
  ],
  [
    'document in background code',
    'extension/src/entrypoints/background',
    'export const t = document.title;',
    'no-restricted-globals',
  ],
  [
    'localStorage in the extension database layer',
    'extension/src/db',
    "export const v = localStorage.getItem('x');",
    'no-restricted-globals',
  ],
  [
    'the DOM in server code',
    'server/src/http',
    'export const el = document.createElement("a");',
    'no-restricted-globals',
  ],
  [
    'navigator in server code',
    'server/src/sync/push',
    'export const ua = navigator.userAgent;',
    'no-restricted-globals',
  ],
  [
    'process.env outside env.ts',
    'server/src/http',
    'export const p = process.env.PORT;',
    'no-restricted-properties',
  ],
  [
    'globalThis.process.env outside env.ts',
    'server/src/db',
    'export const p = globalThis.process.env.PORT;',
    'no-restricted-syntax',
  ],
  [
    "node:process's env outside env.ts",
    'server/src/http',
    "import { env } from 'node:process';\nexport const p = env.PORT;",
    '@typescript-eslint/no-restricted-imports',
  ],
  [
    'a relative import from the extension into the server',
    'extension/src/sync',
    "import { env } from '../../../server/src/env';\nexport const e = env;",
    'no-restricted-imports',
  ],
  [
    'a relative import from the server into shared/src',
    'server/src/http',
    "import { PROTOCOL_VERSION } from '../../../shared/src/protocol';\nexport const v = PROTOCOL_VERSION;",
    'no-restricted-imports',
  ],
  [
    'a relative import from shared into the extension',
    'shared/src/catalog',
    "import { x } from '@lantern/extension/testing';\nexport const y = x;",
    'no-restricted-imports',
  ],
  [
    'a Node module in shared',
    'shared/src/policy',
    "import { readFileSync } from 'node:fs';\nexport const r = readFileSync;",
    'no-restricted-imports',
  ],
  ['window in shared', 'shared/src/catalog', 'export const w = window.name;', 'no-restricted-globals'],
  [
    'server runtime code in the extension',
    'extension/src/sync',
    "import { appRouter } from '@lantern/server/router';\nexport const r = appRouter;",
    '@typescript-eslint/no-restricted-imports',
  ],
  [
    'server runtime code in the dashboard (relative)',
    'server/dashboard/pages',
    "import { appRouter } from '../../src/routers/_app';\nexport const r = appRouter;",
    'no-restricted-imports',
  ],
  [
    'a server type by a relative path in the dashboard (it is another package)',
    'server/dashboard/api',
    "import type { AppRouter } from '../../src/routers/_app';\nexport type R = AppRouter;",
    'no-restricted-imports',
  ],
  [
    'server runtime code in the dashboard (package)',
    'server/dashboard',
    "import { startServer } from '@lantern/server';\nexport const s = startServer;",
    '@typescript-eslint/no-restricted-imports',
  ],
  [
    'a Node module in the dashboard',
    'server/dashboard/components',
    "import { readFileSync } from 'node:fs';\nexport const r = readFileSync;",
    '@typescript-eslint/no-restricted-imports',
  ],
  [
    'process in the dashboard',
    'server/dashboard/pages',
    'export const p = process.env.X;',
    'no-restricted-globals',
  ],
  [
    'server code importing the testing folder',
    'server/src/http',
    "import { fixture } from '../../testing';\nexport const f = fixture;",
    'no-restricted-imports',
  ],
  [
    'server code importing @lantern/server/testing',
    'server/src/sync/push',
    "import { push } from '@lantern/server/testing';\nexport const p = push;",
    'no-restricted-imports',
  ],
  [
    'dashboard code importing its testing folder',
    'server/dashboard/pages',
    "import { renderWithApi } from '../testing/mock-api';\nexport const r = renderWithApi;",
    'no-restricted-imports',
  ],
  [
    'shared code importing its testing folder',
    'shared/src/schemas',
    "import { refusal } from '../../testing/break';\nexport const r = refusal;",
    'no-restricted-imports',
  ],
  [
    'extension code importing @lantern/shared/testing',
    'extension/src/sync',
    "import { EVENT_EXAMPLES } from '@lantern/shared/testing';\nexport const e = EVENT_EXAMPLES;",
    'no-restricted-imports',
  ],
  [
    'a relative import from tests/ into server/src',
    'tests/integration',
    "import { readSettings } from '../../server/src/env';\nexport const r = readSettings;",
    'no-restricted-imports',
  ],
  [
    'a relative import from tests/ into the extension',
    'tests/integration/lib',
    "import { localDay } from '../../../extension/src/db/day';\nexport const d = localDay;",
    'no-restricted-imports',
  ],
  [
    'a production function over 60 lines',
    'server/src/evidence',
    `export function long(): number {\n  let n = 0;\n${'  n += 1;\n'.repeat(60)}  return n;\n}`,
    'max-lines-per-function',
  ],
  [
    'a hook called conditionally',
    'extension/src/hooks',
    "import { useState } from 'react';\nexport function useX(on: boolean) {\n  if (on) useState(0);\n}",
    'react-hooks/rules-of-hooks',
  ],
];

/** What must still pass: the same places, used as intended (`ext` plants a unit test). */
const ALLOWED: [string, string, string, string?][] = [
  [
    'a type from the server, by its package name, in the dashboard',
    'server/dashboard/api',
    "import type { AppRouter } from '@lantern/server/router';\nexport type R = AppRouter;",
  ],
  [
    'shared by its package name in the extension',
    'extension/src/sync',
    "import { PROTOCOL_VERSION } from '@lantern/shared';\nexport const v = PROTOCOL_VERSION;",
  ],
  [
    'a relative import inside the package',
    'server/src/http',
    "import { health } from './health';\nexport const h = health;",
  ],
  [
    'the testing entry point in tests/',
    'tests/integration',
    "import { fixture } from '@lantern/server/testing';\nexport const f = fixture;",
  ],
  [
    'a long function in a unit test (tests are not held to the length rule)',
    'server/src/evidence',
    `export function long(): number {\n  let n = 0;\n${'  n += 1;\n'.repeat(60)}  return n;\n}`,
    'test.ts',
  ],
  [
    'a 60-line production function',
    'server/src/evidence',
    `export function long(): number {\n  let n = 0;\n${'  n += 1;\n'.repeat(56)}  return n;\n}`,
  ],
  [
    'the testing folder in a dashboard component test',
    'server/dashboard/pages',
    "import { renderWithApi } from '../testing/mock-api';\nexport const r = renderWithApi;",
    'test.tsx',
  ],
  [
    'the testing folder in a colocated unit test',
    'server/src/http',
    "import { fixture } from '../../testing';\nexport const f = fixture;",
    'test.ts',
  ],
];

async function lint(folder: string, code: string, ext = 'ts') {
  const [result] = await eslint.lintText(`${code}\n`, { filePath: `${root}${folder}/${PLANTED}x.${ext}` });
  return result!.messages;
}

describe('pnpm lint holds the architecture boundaries', () => {
  it.each(VIOLATIONS)('fails on %s', async (_what, folder, code, rule) => {
    const messages = await lint(folder, code);
    expect(messages.filter((m) => m.fatal)).toEqual([]);
    expect(messages.map((m) => m.ruleId)).toContain(rule);
  });

  it.each(ALLOWED)('accepts %s', async (_what, folder, code, ext) => {
    expect((await lint(folder, code, ext)).map((m) => `${m.ruleId}: ${m.message}`)).toEqual([]);
  });
});
