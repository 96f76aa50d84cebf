// Lint: typescript-eslint's recommended rules plus Nx module boundaries with real tags (see each project.json):
//   type:app        may use every kind of lib, never another app
//   type:platform   the service kernel: infra, contracts, domain
//   type:infra      messaging, persistence, auth, observability: other infra, contracts, domain
//   type:contracts  events and API bodies: domain only
//   type:domain     pure domain rules: nothing of ours
//   type:testing    test harness and generators: everything but apps
// and: no relative imports across projects, no import cycles (enforce-module-boundaries checks both).
import js from '@eslint/js';
import nx from '@nx/eslint-plugin';
import tseslint from 'typescript-eslint';

const depConstraints = [
  { sourceTag: 'scope:shared', onlyDependOnLibsWithTags: ['scope:shared'] },
  { sourceTag: 'type:app', onlyDependOnLibsWithTags: ['type:platform', 'type:infra', 'type:contracts', 'type:domain'] },
  { sourceTag: 'type:platform', onlyDependOnLibsWithTags: ['type:infra', 'type:contracts', 'type:domain'] },
  { sourceTag: 'type:infra', onlyDependOnLibsWithTags: ['type:infra', 'type:contracts', 'type:domain'] },
  { sourceTag: 'type:contracts', onlyDependOnLibsWithTags: ['type:domain'] },
  { sourceTag: 'type:domain', onlyDependOnLibsWithTags: [] },
  { sourceTag: 'type:testing', onlyDependOnLibsWithTags: ['type:platform', 'type:infra', 'type:contracts', 'type:domain'] },
];

/** The module-boundary rule; tests (integration tests above all) may also use the test harness lib. */
const moduleBoundaries = (forTests) => ({
  enforceBuildableLibDependency: false,
  allow: [],
  banTransitiveDependencies: false,
  checkDynamicDependenciesExceptions: ['testcontainers'],
  depConstraints: forTests
    ? depConstraints.map((c) => (c.sourceTag.startsWith('type:') ? { ...c, onlyDependOnLibsWithTags: [...c.onlyDependOnLibsWithTags, 'type:testing'] } : c))
    : depConstraints,
});

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', '.tools/**', '.local/**', '.nx/**', 'coverage/**', '**/*.js', '**/*.mjs'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    plugins: { '@nx': nx },
    rules: {
      '@nx/enforce-module-boundaries': ['error', moduleBoundaries(false)],
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
    },
  },
  {
    files: ['**/*.spec.ts', '**/*.int-spec.ts', '**/*.e2e-spec.ts', 'tests/**/*.ts'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off', '@nx/enforce-module-boundaries': ['error', moduleBoundaries(true)] },
  },
);
