import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        { selector: 'ExportDefaultDeclaration', message: 'Use named exports in src/.' },
        {
          selector: "CallExpression[callee.object.name='process'][callee.property.name='exit']",
          message: 'Set process.exitCode; only the entry may end the process.',
        },
      ],
      'no-restricted-imports': [
        'error',
        { patterns: [{ regex: '^(fs|path|child_process|os|url|module|util|stream|readline|events)$', message: 'Use the node: prefix.' }] },
      ],
    },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ['commander', 'chalk', 'cli-table3'],
          patterns: [
            { regex: '^(fs|path|child_process|os|url)$' },
            { regex: '^\\.\\.?/.*\\b(cli|commands|output)/', message: 'core knows nothing of the CLI, the commands or output.' },
          ],
        },
      ],
    },
  },
  {
    // Tool configuration files must default-export; the rule is for src/.
    files: ['*.config.ts'],
    rules: { 'no-restricted-syntax': 'off' },
  },
  {
    files: ['src/output/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ regex: '^\\.\\.?/.*\\b(cli|commands)/', message: 'renderers take data; they know nothing of the CLI or commands.' }] },
      ],
    },
  },
  {
    // The entry owns the process.
    files: ['src/main.ts'],
    rules: { 'no-restricted-syntax': 'off' },
  },
  {
    files: ['bin/**/*.js', '**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { require: 'readonly', module: 'writable', __dirname: 'readonly', process: 'readonly' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['**/*.{js,mjs}'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly', Buffer: 'readonly', performance: 'readonly', TextDecoder: 'readonly' } },
  },
);
