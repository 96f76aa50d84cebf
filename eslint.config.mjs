// Lint: typescript-eslint's recommended rules, four type-aware rules, Nx module boundaries with real tags (see each
// project.json), browser-safe libraries, and no HTTP exceptions outside HTTP adapters.
// Kinds (type:*):
//   type:app        may use every kind of lib, never another app
//   type:platform   the service kernel: infra, contracts, domain
//   type:infra      messaging, persistence, auth, observability: other infra, contracts, domain
//   type:contracts  events and API bodies: domain only
//   type:domain     pure domain rules: nothing of ours
//   type:testing    test harness and generators: everything but apps
// Scopes (scope:*): a project tagged scope:<service> may depend only on scope:<service> and scope:shared projects, so
// one service's libs cannot be imported by another; scope:shared only on scope:shared. The portal (scope:web) may
// depend only on runtime:browser libs.
// Runtimes (runtime:*): runtime:browser libs (domain-nl, contracts) import nothing from Node and depend only on
// runtime:browser libs; the Node-only part of domain-nl is its second entry, @sluitend/domain-nl/node.
// No relative imports across projects (enforce-module-boundaries); import cycles between projects are found by
// enforce-module-boundaries, cycles between files and between capability folders by tools/lint/import-cycles.mjs
// (run after eslint by `npm run lint` and `./sluitend test`).
import { builtinModules } from 'node:module';
import js from '@eslint/js';
import nx from '@nx/eslint-plugin';
import tseslint from 'typescript-eslint';

const SERVICES = ['overstap', 'verzuim', 'trajecten', 'notificaties', 'rapportage'];

const NODE_BUILTINS = [...new Set(builtinModules.flatMap((name) => [name, name.startsWith('node:') ? name : `node:${name}`]))];

/** Nest's HTTP exception classes: allowed only in HTTP adapters (controllers, *.http.ts, libs/platform/src/http). */
const NEST_HTTP_EXCEPTIONS = [
  'HttpException',
  'BadRequestException',
  'UnauthorizedException',
  'ForbiddenException',
  'NotFoundException',
  'MethodNotAllowedException',
  'NotAcceptableException',
  'RequestTimeoutException',
  'ConflictException',
  'GoneException',
  'PreconditionFailedException',
  'PayloadTooLargeException',
  'UnsupportedMediaTypeException',
  'ImATeapotException',
  'MisdirectedException',
  'UnprocessableEntityException',
  'InternalServerErrorException',
  'NotImplementedException',
  'BadGatewayException',
  'ServiceUnavailableException',
  'GatewayTimeoutException',
  'HttpVersionNotSupportedException',
];

/** HTTP adapters besides controllers: the JWT guard and the current-user parameter decorator answer 401/403 themselves. */
const HTTP_ADAPTERS = ['libs/auth/src/current-user.decorator.ts', 'libs/auth/src/jwt-auth.guard.ts'];

const DEP_CONSTRAINTS = [
  { sourceTag: 'scope:shared', onlyDependOnLibsWithTags: ['scope:shared'] },
  ...SERVICES.map((service) => ({ sourceTag: `scope:${service}`, onlyDependOnLibsWithTags: [`scope:${service}`, 'scope:shared'] })),
  // The local OpenID provider (apps/oidc, development/demo/tests): shared libs only; no service may import it (type:app).
  { sourceTag: 'scope:oidc', onlyDependOnLibsWithTags: ['scope:shared'] },
  { sourceTag: 'scope:web', onlyDependOnLibsWithTags: ['runtime:browser'] },
  // The portal's gateway (apps/gateway): serves apps/web's build and proxies /api/<service>; shared libs only.
  { sourceTag: 'scope:gateway', onlyDependOnLibsWithTags: ['scope:shared'] },
  { sourceTag: 'runtime:browser', onlyDependOnLibsWithTags: ['runtime:browser'] },
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
    ? DEP_CONSTRAINTS.map((c) =>
        c.sourceTag.startsWith('type:') ? { ...c, onlyDependOnLibsWithTags: [...c.onlyDependOnLibsWithTags, 'type:testing'] } : c,
      )
    : DEP_CONSTRAINTS,
});

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', '.tools/**', '.local/**', '.nx/**', 'coverage/**', '**/*.js', '**/*.mjs'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts', 'apps/web/src/**/*.tsx'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    plugins: { '@nx': nx },
    rules: {
      '@nx/enforce-module-boundaries': ['error', moduleBoundaries(false)],
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      // Type-aware: a promise is awaited, returned or explicitly voided; a switch over a union handles every member.
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/await-thenable': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: '@nestjs/common',
              importNames: NEST_HTTP_EXCEPTIONS,
              message: 'Use cases throw domain errors; HTTP exceptions belong in HTTP adapters (*.controller.ts, *.http.ts, libs/platform/src/http).',
            },
          ],
        },
      ],
    },
  },
  {
    // HTTP adapters may use Nest's HTTP exceptions.
    files: ['**/*.controller.ts', '**/*.http.ts', 'libs/platform/src/http/**/*.ts', ...HTTP_ADAPTERS],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    // Browser-safe libraries: a browser bundle (the portal) imports them, so nothing from Node.
    files: ['libs/domain-nl/src/**/*.ts', 'libs/contracts/src/**/*.ts', 'apps/web/src/**/*.{ts,tsx}'],
    ignores: ['libs/domain-nl/src/node/**', '**/*.spec.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            ...NODE_BUILTINS.map((name) => ({
              name,
              message: 'Browser-safe library: no Node built-ins (put Node-only code in @sluitend/domain-nl/node).',
            })),
            { name: '@sluitend/domain-nl/node', message: 'Browser-safe library: @sluitend/domain-nl/node is for Node-only code.' },
            { name: '@nestjs/common', importNames: NEST_HTTP_EXCEPTIONS, message: 'Use cases throw domain errors.' },
          ],
          patterns: [{ group: ['**/node', '**/node/**'], message: 'Browser-safe library: no Node built-ins or Node-only modules.' }],
        },
      ],
      'no-restricted-globals': [
        'error',
        ...['process', 'Buffer', '__dirname', '__filename', 'require', 'module', 'global', 'setImmediate'].map((name) => ({
          name,
          message: 'Browser-safe library: no Node globals (put Node-only code in @sluitend/domain-nl/node).',
        })),
      ],
    },
  },
  {
    files: ['**/*.spec.ts', '**/*.int-spec.ts', '**/*.e2e-spec.ts', 'tests/**/*.ts'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off', '@nx/enforce-module-boundaries': ['error', moduleBoundaries(true)] },
  },
);
