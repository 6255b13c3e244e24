// Flat config: typescript-eslint's recommended rules over src, tests and bench.
const js = require('@eslint/js');
const tseslint = require('typescript-eslint');

module.exports = tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'artifacts/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': 'error',
    },
  },
  // Tests read untyped JSON responses; typing every body would hide more than it shows.
  { files: ['tests/**/*.ts', 'bench/**/*.ts'], rules: { 'no-console': 'off' } },
  { files: ['tests/**/*.ts'], rules: { '@typescript-eslint/no-explicit-any': 'off' } },
  { files: ['src/cli/**/*.ts'], rules: { 'no-console': 'off' } },
);
