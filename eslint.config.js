// ESLint flat config. Type-checked typescript-eslint rules, plus the boundaries from house-style
// pattern 10, so the architecture is enforced by the linter rather than by memory.
import js from '@eslint/js';
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
          allowDefaultProject: ['vitest.config.ts', 'shared/vitest.config.ts', 'server/vitest.config.ts'],
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
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/restrict-template-expressions': 'off',
    },
  },
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    ...tseslint.configs.disableTypeChecked,
  },
  // shared/ is pure: no browser, Node or database module.
  {
    files: ['shared/src/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: platformModules, message: 'shared/ must stay free of platform modules.' }] },
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'process', 'chrome', 'browser'],
    },
  },
  // The extension imports only *types* from the server.
  {
    files: ['extension/src/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.webextensions } },
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@lantern/server', '@lantern/server/*'],
              allowTypeImports: true,
              message: 'The extension may import only types from the server.',
            },
          ],
        },
      ],
    },
  },
  // Background code runs in a service worker: there is no window or document.
  {
    files: [
      'extension/src/entrypoints/background/**/*.ts',
      'extension/src/detect/**/*.ts',
      'extension/src/sync/**/*.ts',
    ],
    rules: { 'no-restricted-globals': ['error', 'window', 'document', 'localStorage'] },
  },
  // The server reads its environment in one place.
  {
    files: ['server/src/**/*.{ts,tsx}'],
    ignores: ['server/src/env.ts', 'server/src/**/*.test.{ts,tsx}'],
    rules: {
      'no-restricted-properties': [
        'error',
        { object: 'process', property: 'env', message: 'Read settings through server/src/env.ts.' },
      ],
    },
  },
  {
    files: ['server/src/dashboard/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
  },
);
