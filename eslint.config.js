// Lint with type information: typescript-eslint's strict-type-checked rules over everything TypeScript.
import path from 'node:path';
import eslint from '@eslint/js';
import tseslint from 'typescript-eslint';

/**
 * The layers of src/, lowest first: a module imports from its own layer or a lower one, never a
 * higher one, so dependencies point one way (README "Layout"). vocabulary/ and text/ are pure
 * facts and functions every layer may use, threads/ how any layer starts a worker thread; cli/ is the top.
 */
const LAYERS = [
  ['vocabulary', 'text', 'threads'],
  ['config'],
  ['db', 'access'],
  ['graph'],
  ['ingest', 'nlp'],
  ['extract', 'review', 'import', 'eval', 'export', 'observability'],
  ['graphql', 'web'],
  ['server'],
  ['cookbook'],
  ['cli'],
];
const SRC = path.join(import.meta.dirname, 'src');
const layerOf = (file) => {
  const relative = path.relative(SRC, file);
  if (relative.startsWith('..') || path.isAbsolute(relative)) return null;
  const folder = relative.split(path.sep)[0];
  const index = LAYERS.findIndex((layer) => layer.includes(folder));
  return index < 0 ? null : { folder, index };
};

const layersPlugin = {
  rules: {
    'one-way': {
      meta: { type: 'problem', schema: [], messages: { upward: 'src/{{from}}/ may not import from src/{{to}}/: dependencies point one way ({{order}}).' } },
      create(context) {
        const from = layerOf(context.filename);
        const check = (node) => {
          if (!from || typeof node.source?.value !== 'string' || !node.source.value.startsWith('.')) return;
          const to = layerOf(path.resolve(path.dirname(context.filename), node.source.value));
          if (!to || to.index <= from.index) return;
          const order = LAYERS.map((layer) => layer.join('/')).join(' → ');
          context.report({ node: node.source, messageId: 'upward', data: { from: from.folder, to: to.folder, order } });
        };
        return { ImportDeclaration: check, ExportNamedDeclaration: check, ExportAllDeclaration: check, ImportExpression: check };
      },
    },
  },
};

export default tseslint.config(
  { ignores: ['node_modules/', '.neo4j/', '.neo4j-test/', '.corenlp/', '.web/', 'test-artifacts/', 'coverage/', 'dist/', 'generated/'] },
  eslint.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: { allowDefaultProject: ['eslint.config.js', 'bin/*.js'] },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      // Implicit returns are errors through tsc's noImplicitReturns (tsconfig.json), which, unlike this rule, knows exhaustive switches.
      '@typescript-eslint/consistent-return': 'off',
      // Apollo's plugin hooks and context functions are async by contract, with or without an await inside.
      '@typescript-eslint/require-await': 'off',
      // Numbers in messages and ids are the point of most template strings here.
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      // `(line) => console.log(line)` and `return send(res, …)` as an early exit from a void handler are idioms, not confusions.
      '@typescript-eslint/no-confusing-void-expression': 'off',
      // With noUncheckedIndexedAccess, `rows[i]!` after a bounds check is how an index is read; the check is the proof.
      '@typescript-eslint/no-non-null-assertion': 'off',
      // `while (true)` with breaks inside is a loop, not a mistaken condition.
      '@typescript-eslint/no-unnecessary-condition': ['error', { allowConstantLoopConditions: 'only-allowed-literals' }],
      // neo4j-driver declares its plain option objects (Config, SessionConfig) as classes; literals are how they are passed.
      '@typescript-eslint/no-unsafe-class-instance-assignment': 'off',
    },
  },
  {
    files: ['src/**/*.ts'],
    plugins: { layers: layersPlugin },
    rules: { 'layers/one-way': 'error' },
  },
  {
    files: ['tests/**/*.ts', 'bench/**/*.ts'],
    rules: {
      // Tests and benchmarks read GraphQL responses, raw records and page globals as untyped JSON by path.
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },
  {
    files: ['**/*.js'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    files: ['bin/*.js'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly' } },
  },
);
