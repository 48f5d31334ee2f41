// ESLint (flat config): the house rules that a machine can check. Style is Prettier's business
// (`npm run format`), so no formatting rule is here. `npm run lint` runs it; `npm test` runs it first.
import { builtinModules } from 'node:module';
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * `src/core` is pure: no VS Code, no disk, no processes, no native code, nothing of the faces.
 * Of Node's built-in modules only `node:crypto` is allowed there — it computes (random ids),
 * it reads and writes nothing. Disk, processes and the keychain live in `src/node`.
 */
const ALLOWED_BUILTINS_IN_CORE = new Set(['crypto']);
const builtins = builtinModules.filter((name) => !name.startsWith('_') && !ALLOWED_BUILTINS_IN_CORE.has(name));
const BUILTIN_MESSAGE = 'src/core is pure TypeScript: no disk, processes or OS here (only node:crypto). Put it in src/node and pass the result in.';
const PURE_CORE = {
  paths: [
    { name: 'vscode', message: 'src/core never imports vscode: put editor code in src/extension.' },
    { name: '@napi-rs/keyring', message: 'src/core loads no native code: the keychain lives in src/node.' },
    ...builtins.flatMap((name) => [name, `node:${name}`]).map((name) => ({ name, message: BUILTIN_MESSAGE })),
  ],
  patterns: [
    {
      regex: '^(?:\\.\\./)+(?:node|cli|extension)(?:/|$)',
      message: 'src/core depends on nothing outside src/core: src/node, src/cli and src/extension build on the core, not the other way round.',
    },
  ],
};

export default tseslint.config(
  {
    ignores: ['out/**', 'dist/**', 'node_modules/**', 'test/fixtures/**', 'test-results/**', '**/*.vsix', '.cache/**'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // tsc (noUnusedLocals, noUnusedParameters) already reports these, once.
      '@typescript-eslint/no-unused-vars': 'off',
      // `any` only with a comment saying why: `// eslint-disable-next-line @typescript-eslint/no-explicit-any -- why`.
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { prefer: 'type-imports', fixStyle: 'inline-type-imports', disallowTypeAnnotations: false }],
      // `require` only where a module is loaded lazily on purpose: CLI commands load when they run,
      // the keychain module and its native binding at the first secret read or written, the TOML
      // and YAML parsers and editors at the first such file (toml-eslint-parser is an ES module
      // that Node and esbuild load synchronously this way).
      '@typescript-eslint/no-require-imports': [
        'error',
        { allow: ['^\\./commands/', '^\\./os-keychain$', '^@napi-rs/keyring$', '^\\./(?:toml|yaml)(?:-edit)?$', '^toml-eslint-parser$'] },
      ],
      eqeqeq: ['error', 'always', { null: 'ignore' }],
      'no-var': 'error',
      'prefer-const': 'error',
    },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', PURE_CORE] },
  },
  {
    // The extension host runs on events: a promise nobody awaits loses its error silently.
    files: ['src/extension/**/*.ts'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: { '@typescript-eslint/no-floating-promises': ['error', { ignoreVoid: true }] },
  },
  {
    files: ['**/*.mjs', '**/*.js'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // Mocha suites run inside the VS Code extension host.
    files: ['test/integration/**'],
    languageOptions: { globals: { ...globals.mocha } },
  },
);
