// @ts-check
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** What the pure core may never import: it runs in main, renderer, CLI and tests alike. */
const PLATFORM_IMPORTS = {
  paths: [
    'react',
    'react-dom',
    'zustand',
    'zundo',
    'electron',
    'electron-store',
    'html-to-image',
    'fs',
    'path',
    'os',
    'child_process',
    'crypto',
    'url',
    'util',
    'stream',
    'http',
    'https',
  ],
  patterns: [
    { group: ['node:*'], message: 'src/shared is pure TypeScript: no Node built-ins.' },
    { group: ['@xyflow/*', 'react-dom/*', 'react/*'], message: 'src/shared is pure TypeScript: no React.' },
    {
      group: ['**/renderer/**', '**/main/**', '**/preload/**', '**/cli/**', '**/platform/**'],
      message: 'src/shared must not depend on the app.',
    },
  ],
};

/**
 * Retired modules: the plan has one graph index and one answer to "which line may join which nodes", both in
 * src/shared/graph. These paths held the second copies; they must not come back.
 */
const RETIRED_GRAPH_MODULES = [
  {
    group: ['**/edit/plan-index', '**/rules/plan-index', '**/rules/adjacency', '**/edit/endpoints'],
    message: 'Use src/shared/graph: indexPlan (one graph index) and graph/connections (allowed line endpoints).',
  },
];

/**
 * The renderer's folders, lowest first. A folder may import its own layer and the ones
 * below, never one above: what a lower layer needs from above is passed in (the commands get the features through
 * `CommandFeatures`, built in app/EditorCommands.tsx). The feature folders share one layer. Type-only imports are
 * allowed upward (they vanish at build time); nothing else is an exception.
 */
const RENDERER_LAYERS = [
  ['ui', 'styles'],
  ['platform'],
  ['store'],
  ['actions'],
  ['commands'],
  [
    'canvas',
    'inspector',
    'problems',
    'files',
    'export',
    'import',
    'find',
    'palette',
    'rules',
    'compare',
    'scenarios',
    'metrics',
    'card-fields',
  ],
  ['app'],
];

/** One config per layer forbidding relative imports of any folder above it. */
const rendererLayerConfigs = RENDERER_LAYERS.slice(0, -1).map((folders, index) => {
  const above = RENDERER_LAYERS.slice(index + 1).flat();
  return {
    files: folders.map((folder) => `src/renderer/src/${folder}/**/*.{ts,tsx}`),
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: `^(\\.\\./)+(${above.join('|')})(/|$)`,
              allowTypeImports: true,
              message: `src/renderer/src/{${folders.join(',')}} sits below {${above.join(',')}} in the renderer's layers (RENDERER_LAYERS in eslint.config.mjs): pass the dependency in, or move the helper down.`,
            },
            // Flat config replaces a rule's options per file, so the retired paths are repeated here.
            ...RETIRED_GRAPH_MODULES,
          ],
        },
      ],
    },
  };
});

export default tseslint.config(
  { ignores: ['out/**', 'out-*/**', 'dist/**', 'node_modules/**', 'test-results/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': 'off',
    },
  },
  {
    files: ['**/*.mjs', '**/*.js'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    files: ['src/shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { ...PLATFORM_IMPORTS, patterns: [...PLATFORM_IMPORTS.patterns, ...RETIRED_GRAPH_MODULES] },
      ],
    },
    languageOptions: { globals: {} },
  },
  {
    files: [
      'src/main/**/*.ts',
      'src/node/**/*.ts',
      'src/preload/**/*.ts',
      'src/cli/**/*.ts',
      'test/**/*.ts',
      'bench/**/*.ts',
      '*.ts',
      '*.mts',
    ],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}', 'test/renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
    languageOptions: { globals: globals.browser },
  },
  {
    files: ['src/{main,node,preload,cli,renderer}/**/*.{ts,tsx}', 'test/**/*.{ts,tsx}', 'bench/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: RETIRED_GRAPH_MODULES }] },
  },
  // After the block above: for renderer files these carry the layer rules and the retired paths together.
  ...rendererLayerConfigs,
  {
    files: ['test/**/*.{ts,tsx}'],
    rules: {
      // Tests assert on shapes they just built; non-null assertions keep them readable.
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  prettier,
);
