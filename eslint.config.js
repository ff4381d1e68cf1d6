import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['scratch/**', 'dist', 'dist-public', 'node_modules', 'test-output', 'public'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    // User text is never rendered as HTML (docs/architecture.md, Security): the HTML sinks are banned everywhere.
    files: ['**/*.ts', '**/*.tsx'],
    rules: {
      'no-restricted-syntax': [
        'error',
        ...['innerHTML', 'outerHTML'].map((name) => ({
          selector: `MemberExpression[property.name='${name}']`,
          message: `${name} renders HTML: set textContent, or build elements.`,
        })),
        ...['insertAdjacentHTML', 'setHTML', 'setHTMLUnsafe', 'createContextualFragment'].map((name) => ({
          selector: `CallExpression[callee.property.name='${name}']`,
          message: `${name}() renders HTML: set text (maplibre: Popup.setText or setDOMContent).`,
        })),
        {
          selector: "CallExpression[callee.object.name='document'][callee.property.name=/^write(ln)?$/]",
          message: 'document.write renders HTML: build elements.',
        },
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'dangerouslySetInnerHTML renders HTML: render the text as a child.',
        },
      ],
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
    // Imports run one way (docs/architecture.md): the state loads in Node, without the map or the worker.
    files: ['src/state/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { regex: '^maplibre-gl(/.*)?$|^@deck\\.gl/', message: 'src/state must not load the map.' },
            {
              regex: '^(\\.\\./)+(map|ui|workers|apps)(/|$)',
              message: 'src/state never imports map, ui or workers code: move shared types to src/types or the domain.',
            },
          ],
        },
      ],
    },
  },
  {
    // The map controller is reused by the public page: it knows nothing of the planner's state, UI or worker.
    files: ['src/map/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(\\.\\./)+(state|ui|workers|apps)(/|$)',
              message: 'src/map never imports state, ui or workers code: move shared types to src/types or the domain.',
            },
          ],
        },
      ],
    },
  },
  {
    // Shared types and constants: they may lean on the domain only.
    files: ['src/types/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { regex: '^(\\.\\./)+(map|ui|workers|apps|state|io)(/|$)', message: 'src/types imports only the domain.' },
          ],
        },
      ],
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
