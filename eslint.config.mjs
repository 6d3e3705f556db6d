import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import mocha from 'eslint-plugin-mocha'
import importX from 'eslint-plugin-import-x'
import eslintConfigPrettier from 'eslint-config-prettier'

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'coverage/**',
      '.data/**',
      'protocol/gen/**',
      'node_modules/**',
      '**/*.mjs',
      '**/*.cjs',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  { files: ['test/**'], ...mocha.configs.recommended },
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    plugins: { 'import-x': importX },
    rules: {
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      'no-console': 'error',
      '@typescript-eslint/no-restricted-imports': ['error', { paths: [{ name: 'winston' }] }],
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            { target: './drivers', from: ['./agent', './protocol', './simulators', './test'] },
            { target: './protocol', from: ['./agent', './drivers', './simulators', './test'] },
            { target: './agent', from: ['./simulators', './test'] },
          ],
        },
      ],
    },
  },
  {
    files: ['simulators/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'winston' }],
          patterns: [
            { group: ['**/agent/**', '**/protocol/**'] },
            // Driver code only from the crypto primitives (pinned by published vectors); types
            // from anywhere. A gitignore-style `!` cannot re-include below an excluded folder.
            { regex: '/drivers/(?!smartcard/crypto/)', allowTypeImports: true },
          ],
        },
      ],
    },
  },
  {
    // simulators/station is the composition root that starts the real agent: it may import the
    // protocol client, the agent's key files and the test PKI (simulators/station/index.ts says
    // why); device simulators stay strict above.
    files: ['simulators/station/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'winston' }],
          patterns: [
            { regex: '/agent/(?!keys/|signer/test-pki/)' },
            { regex: '/drivers/(?!smartcard/crypto/|core/logger$)', allowTypeImports: true },
          ],
        },
      ],
    },
  },
  {
    // The demo drives a station in-process (simulators/station); every other command reaches
    // simulators as processes, by path.
    files: ['agent/cli/commands/demo.ts'],
    rules: {
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            { target: './agent', from: './simulators', except: ['./station'] },
            { target: './agent', from: './test' },
          ],
        },
      ],
    },
  },
  {
    files: ['agent/logging/logger.ts'],
    rules: { '@typescript-eslint/no-restricted-imports': 'off' },
  },
  {
    files: ['test/**', 'bench/**'],
    rules: {
      'mocha/no-setup-in-describe': 'off',
      // Arrow callbacks are fine where a test does not use mocha's `this`.
      'mocha/no-mocha-arrows': 'off',
      'mocha/consistent-spacing-between-blocks': 'off',
      'mocha/max-top-level-suites': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  { files: ['agent/cli/**', 'bench/**', 'agent/main.ts'], rules: { 'no-console': 'off' } },
  eslintConfigPrettier,
)
