// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

// Dependencies point one way: renderer and electron → models → shared (../shared/STYLE.md).
const hostModules = ['react', 'react-dom', 'electron', 'zustand', 'recharts', 'comlink', 'node:*', 'fs', 'path', 'os', 'child_process'];
const noHostImports = (message) => ({
  'no-restricted-imports': [
    'error',
    {
      patterns: [
        { group: ['**/renderer/**', '**/electron/**'], message },
        { group: hostModules, message },
      ],
    },
  ],
});

export default tseslint.config(
  { ignores: ['.bench-data/**', 'dist/**', 'dist-electron/**', 'release/**', 'node_modules/**', 'test-results/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    files: ['models/**/*.ts'],
    ignores: ['**/*.test.ts', '**/*.bench.ts'],
    rules: noHostImports('models/ is pure: no React, Electron, DOM or Node; it may import shared/ only'),
  },
  {
    files: ['shared/**/*.ts'],
    ignores: ['**/*.test.ts', '**/*.bench.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/models/**', '**/renderer/**', '**/electron/**', ...hostModules], message: 'shared/ imports nothing of ours' }] },
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'the renderer reaches the OS only through HostApi' }],
          patterns: [
            { regex: '^(\\.\\./)+electron/', message: 'the renderer reaches the OS only through HostApi' },
            { group: ['node:*', 'fs', 'path'], message: 'the renderer reaches the OS only through HostApi' },
          ],
        },
      ],
    },
  },
);
