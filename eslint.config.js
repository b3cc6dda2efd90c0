import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/** Modules that do I/O. `src/core/` is pure domain code and talks to ports instead. */
const FORBIDDEN_IN_CORE = [
  { group: ['@actions/*'], message: 'src/core is pure: use a port and put @actions/* in src/adapters.' },
  { group: ['openai', 'openai/*'], message: 'src/core is pure: the model client is a port (src/core/ports/model-client.ts).' },
  { group: ['*/adapters/*', '*/stages/*', '*/cli/*'], message: 'Dependencies point one way: stages -> adapters -> core.' },
];
const FORBIDDEN_NODE_IN_CORE = ['fs', 'fs/promises', 'child_process', 'http', 'https', 'net', 'http2', 'dgram', 'tls'].flatMap(
  (name) => [
    { name: `node:${name}`, message: 'src/core is pure: file system, processes and network live in src/adapters.' },
    { name, message: 'src/core is pure: file system, processes and network live in src/adapters.' },
  ],
);

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', '.drydock/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: { process: 'readonly', console: 'readonly', URL: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly', Buffer: 'readonly', performance: 'readonly' },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-syntax': [
        'error',
        { selector: "CallExpression[callee.name='eval']", message: 'No eval.' },
      ],
    },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: FORBIDDEN_NODE_IN_CORE, patterns: FORBIDDEN_IN_CORE }],
    },
  },
  {
    files: ['src/adapters/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['*/stages/*', '*/cli/*'], message: 'Dependencies point one way: stages -> adapters -> core.' }] },
      ],
    },
  },
  {
    files: ['scripts/**/*.js'],
    rules: { '@typescript-eslint/consistent-type-imports': 'off' },
  },
);
