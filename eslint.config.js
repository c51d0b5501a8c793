// ESLint flat config. Type-checked typescript-eslint rules, plus the boundaries from house-style
// pattern 10, so the architecture is enforced by the linter rather than by memory.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const platformModules = [
  'node:*',
  'fs',
  'path',
  'crypto',
  'http',
  'https',
  'better-sqlite3',
  'pg',
  'kysely',
  'wxt',
  'wxt/*',
  '#imports',
  'dexie',
  'react',
  'react-dom',
];

/** What code in the service worker or on the server cannot use: there is no DOM there. */
const DOM_GLOBALS = [
  'window',
  'document',
  'localStorage',
  'sessionStorage',
  'navigator',
  'HTMLElement',
  'Element',
  'DOMParser',
  'XMLHttpRequest',
  'alert',
];

const DEPTHS = [1, 2, 3, 4, 5, 6];

/** Test code inside a package: colocated unit tests and the extension's page harnesses. */
const TEST_FILES = ['**/*.test.{ts,tsx}', '**/__tests__/**'];

/** What production code may not import: the testing entry points and folders (`<pkg>/testing/`). */
const TESTING_IMPORTS = [
  {
    group: ['**/testing', '**/testing/**', '@lantern/*/testing', '!wxt/testing'],
    message: 'Production code may not import test helpers (the testing/ folders, @lantern/*/testing).',
  },
];

/**
 * Per package and folder depth, a rule that no relative import climbs out of the package (into
 * another one's `src/`): packages import each other by name (`@lantern/shared`), through their
 * entry points. A file `depth` folders below the package root reaches the repository root with
 * `depth + 1` times `../`. `extra` are the package's other import restrictions (one rule per file);
 * `ignores` leaves out a package nested inside this one (server/dashboard). Its production code
 * (`src/`, or the whole package when `src` is '', tests and `testing/` excepted) also may not import
 * `TESTING_IMPORTS`.
 */
function packageImports(pkg, extra, { ignores = [], depths = DEPTHS, src = 'src/' } = {}) {
  const rule = (depth, more) => ({
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          {
            group: [`${'../'.repeat(depth + 1)}**`],
            message: `${pkg}/ reaches into another package by a relative path: import it by its name (@lantern/...).`,
          },
          ...extra,
          ...more,
        ],
      },
    ],
  });
  const below = src === '' ? 0 : 1;
  return depths.flatMap((depth) => [
    { files: [`${pkg}/${'*/'.repeat(depth)}*.{ts,tsx,mts}`], ignores, rules: rule(depth, []) },
    ...(depth < below
      ? []
      : [
          {
            files: [`${pkg}/${src}${'*/'.repeat(depth - below)}*.{ts,tsx,mts}`],
            ignores: [...TEST_FILES, ...ignores, `${pkg}/testing/**`],
            rules: rule(depth, TESTING_IMPORTS),
          },
        ]),
  ]);
}

/** What the dashboard's browser code cannot use: it runs in a browser, not in Node. */
const NODE_GLOBALS = ['process', 'Buffer', 'global', 'require', '__dirname', '__filename'];

/** The dashboard's files that run in Node: its build, its configs, a test that reads its sources. */
const DASHBOARD_NODE_FILES = [
  'server/dashboard/*.{mjs,js}',
  'server/dashboard/vite.config.ts',
  'server/dashboard/vitest.config.ts',
  'server/dashboard/cli-quotes.test.ts',
];

/** The dashboard (@lantern/dashboard) imports only types from the server; the extension likewise. */
const SERVER_TYPES_ONLY = (who) => ({
  group: ['@lantern/server', '@lantern/server/*'],
  allowTypeImports: true,
  message: `${who} may import only types from the server (import type { AppRouter }).`,
});

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/.output/**',
      '**/.wxt/**',
      '**/dist/**',
      'data/**',
      'bench-results/**',
      'test-results/**',
      '**/*.d.ts',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: {
          // Config files that no package tsconfig includes (they would drag Node types into shared/).
          allowDefaultProject: [
            'vitest.config.ts',
            'shared/vitest.config.ts',
            'shared/vitest.lookalikes.config.ts',
            'server/vitest.config.ts',
          ],
        },
        tsconfigRootDir: import.meta.dirname,
      },
      globals: { ...globals.node },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
      '@typescript-eslint/require-await': 'off',
      '@typescript-eslint/restrict-template-expressions': 'off',
    },
  },
  // Tests parse answers and fixtures as JSON and poke at them; the no-unsafe-* family holds for the
  // code that ships, where an `any` would hide a wrong shape from the compiler.
  {
    files: ['**/*.test.{ts,tsx}', 'tests/integration/**', 'tests/e2e/**'],
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },
  {
    files: ['extension/src/**/*.{ts,tsx}', 'server/dashboard/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'error' },
  },
  // Issue 18: no production function over ~60 lines without a reason. Blank lines and comments do not
  // count. A function that must stay long (a migration's frozen schema, the demo data) says why in an
  // eslint-disable comment beside it; tests (long describe blocks) and catalog data are not held to it.
  {
    files: [
      'server/src/**/*.{ts,tsx}',
      'server/dashboard/**/*.{ts,tsx}',
      'extension/src/**/*.{ts,tsx}',
      'shared/src/**/*.ts',
    ],
    ignores: ['**/*.test.{ts,tsx}', 'shared/src/catalog/data/**'],
    rules: { 'max-lines-per-function': ['error', { max: 60, skipBlankLines: true, skipComments: true }] },
  },
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    ...tseslint.configs.disableTypeChecked,
  },
  // shared/ is pure: no browser, Node or database module (its imports: packageImports below).
  {
    files: ['shared/src/**/*.ts'],
    rules: { 'no-restricted-globals': ['error', 'window', 'document', 'process', 'chrome', 'browser'] },
  },
  ...packageImports('shared', [
    { group: platformModules, message: 'shared/ must stay free of platform modules.' },
  ]),
  ...packageImports('server', [], { ignores: ['server/dashboard/**'] }),
  // The dashboard has no src/: its production code is every file but the tests and testing/.
  ...packageImports('server/dashboard', [], { depths: [0, ...DEPTHS], src: '' }),
  ...packageImports('extension', []),
  // tests/ reaches every package through its entry points (`@lantern/server/testing` for helpers).
  ...packageImports('tests', []),
  // The extension imports only *types* from the server.
  {
    files: ['extension/src/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.webextensions } },
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [SERVER_TYPES_ONLY('The extension')],
        },
      ],
    },
  },
  // Code that runs in the service worker: there is no window, document or DOM storage.
  {
    files: [
      'extension/src/entrypoints/background/**/*.ts',
      'extension/src/detect/**/*.ts',
      'extension/src/sync/**/*.ts',
      'extension/src/db/**/*.ts',
      'extension/src/messaging/**/*.ts',
    ],
    rules: { 'no-restricted-globals': ['error', ...DOM_GLOBALS] },
  },
  // Server code runs in Node: no DOM, whatever the shared compiler settings declare.
  {
    files: ['server/src/**/*.ts'],
    ignores: ['server/src/**/*.test.ts'],
    rules: { 'no-restricted-globals': ['error', ...DOM_GLOBALS] },
  },
  // The server reads its environment in one place: not through `process.env`, `globalThis.process`,
  // or the `node:process` module either.
  {
    files: ['server/src/**/*.{ts,tsx}'],
    ignores: ['server/src/env.ts', 'server/src/**/*.test.{ts,tsx}'],
    rules: {
      'no-restricted-properties': [
        'error',
        { object: 'process', property: 'env', message: 'Read settings through server/src/env.ts.' },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "MemberExpression[property.name='env'][object.property.name='process']",
          message: 'Read settings through server/src/env.ts.',
        },
      ],
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: ['node:process', 'process'].map((name) => ({
            name,
            message: 'Read settings through server/src/env.ts; use the global process otherwise.',
          })),
        },
      ],
    },
  },
  // The dashboard is a browser app: from the server it may import types only, and no Node module or
  // global (its Node-side files, the build and configs, excepted).
  {
    files: ['server/dashboard/**/*.{ts,tsx}'],
    ignores: DASHBOARD_NODE_FILES,
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'no-restricted-globals': ['error', ...NODE_GLOBALS],
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            SERVER_TYPES_ONLY('The dashboard'),
            { group: ['node:*'], message: 'The dashboard runs in the browser: no Node modules.' },
          ],
        },
      ],
    },
  },
  {
    files: DASHBOARD_NODE_FILES,
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        { patterns: [SERVER_TYPES_ONLY('The dashboard')] },
      ],
    },
  },
);
