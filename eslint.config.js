import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

export default tseslint.config(
  {ignores: ['node_modules/', 'dist/']},
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    files: ['**/*.{ts,tsx}'],
    plugins: {'react-hooks': reactHooks},
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-control-regex': 'off',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', {argsIgnorePattern: '^_'}],
      'no-restricted-syntax': [
        'error',
        {
          selector: "MemberExpression[object.name='Date'][property.name='now']",
          message: 'Pass time in through actions or props; only the edges read the clock.',
        },
      ],
    },
  },
  {
    files: [
      'test/**',
      'bench/**',
      'source/main.tsx',
      'source/cli/**',
      'source/tui/app.tsx',
      'source/tui/hooks/**',
      'source/simulator/**',
      'source/commands/**',
      'source/api/**',
    ],
    rules: {'no-restricted-syntax': 'off'},
  },
  {
    // The explorer is the pure core: no Ink, no React, no views, no renderer.
    files: ['source/explorer/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {group: ['ink', 'ink-*', 'react', 'react/*'], message: 'The explorer core is pure.'},
            {
              group: ['**/tui/**', '**/terminal/renderer/**'],
              message: 'The explorer core is pure.',
            },
          ],
        },
      ],
    },
  },
);
