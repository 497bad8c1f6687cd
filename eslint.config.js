// Lint: correctness rules plus the import rules that hold the layers apart (architecture.md rule 9).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

const nodeBuiltins = ['node:*', 'fs', 'path', 'os', 'crypto', 'child_process', 'http', 'https', 'net', 'url', 'zlib', 'stream', 'worker_threads'];
const pattern = (group, message) => ({ group, message });

const electronOnlyInShell = pattern(['electron', 'electron/*'], 'Chỉ main/shell được dùng electron: capability code must run in plain Node.');
const noNodeInRenderer = pattern(nodeBuiltins, 'The renderer runs in a sandbox: no Node modules.');
const noMainInRenderer = pattern(
  ['**/main/*', '!**/main/api', '!**/main/api/*'],
  'The renderer reaches main only through the contract (main/api) and the typed client.',
);
const noSqliteOutsideMain = pattern(['better-sqlite3'], 'Only main touches the database.');

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'release/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': 'off',
    },
  },
  {
    files: ['main/api/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        { regex: '^(?!zod$|zod/|\\./)', message: 'main/api is the contract: it imports zod and its own files only.' },
      ] }],
    },
  },
  {
    files: ['main/**/*.ts'],
    ignores: ['main/shell/**', 'main/api/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [electronOnlyInShell] }] },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    rules: { 'no-restricted-imports': ['error', { patterns: [noNodeInRenderer, noMainInRenderer, noSqliteOutsideMain, electronOnlyInShell] }] },
  },
  {
    files: ['tests/**/*.{ts,tsx}', 'bench/**/*.{js,mjs,ts}'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
);
