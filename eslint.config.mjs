// @ts-check
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['build/', 'dist/', 'node_modules/', 'coverage/', 'reports/', '.stryker-tmp*/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  prettier,
  {
    files: ['**/*.ts'],
    rules: {
      // Tests and generators read untyped YAML and compiler objects; `any` is the honest type there.
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-require-imports': 'error',
      'eqeqeq': ['error', 'always'],
      'no-console': ['error', { allow: ['warn'] }],
    },
  },
  {
    files: ['lib/**/*.ts'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    // The package's command (CommonJS, run by node as is), the Mermaid check, the pre-test checks (ES modules run
    // by node), the mutation run's configuration, script (ES modules) and jest plugins (CommonJS).
    files: ['bin/**/*.js', 'test/**/*.mjs', 'test/**/*.cjs', 'scripts/**/*.mjs', 'stryker.config.mjs'],
    languageOptions: {
      globals: { process: 'readonly', require: 'readonly', module: 'writable', Buffer: 'readonly', console: 'readonly', URL: 'readonly' },
    },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
