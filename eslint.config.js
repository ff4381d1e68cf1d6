import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['scratch/**', 'dist', 'node_modules', 'test-output', 'public'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/**/*.tsx', 'src/**/*.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  {
    // The domain core is pure: it runs unchanged in Node tests, workers and the CLI.
    files: ['src/domain/**/*.ts'],
    languageOptions: { globals: { ...globals.es2021 } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { regex: '^(react|react-dom)(/.*)?$', message: 'src/domain must not import React.' },
            { regex: '^maplibre-gl(/.*)?$', message: 'src/domain must not import maplibre.' },
            { regex: '^@deck\\.gl/', message: 'src/domain must not import deck.gl.' },
            {
              regex: '^(\\.\\./)+(ui|map|state|apps|workers|io|i18n)(/|$)',
              message: 'src/domain imports nothing of ours outside itself.',
            },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'localStorage', 'fetch'],
    },
  },
);
