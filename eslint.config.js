// ESLint for the whole tree, type-aware (typescript-eslint's projectService reads tsconfig.json).
// Formatting is Prettier's job (`npm run format`); module boundaries are dependency-cruiser's
// (.dependency-cruiser.cjs); dead code is knip's (knip.json). `npm run lint` runs all four.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import globals from 'globals';

export default tseslint.config(
  // engine/wasm/ is AssemblyScript (its types are not TypeScript's) and flow-core-wasm.js its generated
  // bytes: asc checks the one and writes the other (decision 094)
  {
    ignores: [
      'dist/',
      'node_modules/',
      'data/',
      'coverage/',
      'db/migrations/',
      'server/features/placements/engine/wasm/',
      'server/features/placements/engine/flow-core-wasm.js',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.node },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/await-thenable': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': [
        'error',
        { considerDefaultExhaustiveForUnions: true, requireDefaultForNonUnion: false },
      ],
      '@typescript-eslint/no-unnecessary-condition': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Every write must go through the watched statements, or the read caches keep answers a write made
      // stale (db/README.md). exec() is not watched: outside db/ use execWatched(). The connection's own
      // prepare (db.$client.prepare) is the watched one; Database.prototype.prepare is not.
      'no-restricted-syntax': [
        'error',
        {
          selector:
            "CallExpression[callee.property.name='exec']:not([callee.object.regex]):not([callee.object.callee.name='RegExp'])",
          message: 'exec() belongs in db/ only: use execWatched() from db/data-generation (db/README.md).',
        },
        {
          selector: "MemberExpression[object.property.name='prototype'][property.name=/^(prepare|exec)$/]",
          message: 'The unwatched prepare/exec belongs in db/ only: use db.$client.prepare (db/README.md).',
        },
      ],
    },
  },
  {
    files: ['db/**'],
    rules: { 'no-restricted-syntax': 'off' },
  },
  {
    // The few JavaScript files (this file, .dependency-cruiser.cjs, the workers' dev loaders) are in no
    // tsconfig, so there are no types to check them with: they get the JavaScript rules only.
    files: ['**/*.{js,cjs,mjs}'],
    extends: [tseslint.configs.disableTypeChecked],
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
  },
  {
    files: ['client/**/*.{ts,tsx}', 'tests/client/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs['recommended-latest'].rules,
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  {
    files: ['client/**/*.tsx'],
    ...jsxA11y.flatConfigs.recommended,
  },
);
