import { Tree, workspaceRoot } from '@nx/devkit';
import { FsTree } from 'nx/src/generators/tree';
import { runGenerator } from './run';

/**
 * The generators run on the real repository's files through an in-memory tree that is never written back: what they
 * create, what they change and what they refuse. (That the generated code passes typecheck, lint and its tests is
 * shown by a run on a scratch branch; see docs/architecture.md, "Growing a service".)
 */
const repository = (): Tree => new FsTree(workspaceRoot, false);
const changes = (tree: Tree): Record<string, string> => Object.fromEntries(tree.listChanges().map((change) => [change.path, change.type]));
const text = (tree: Tree, path: string): string => tree.read(path, 'utf8') ?? '';
/** The local ports in use (base 3100 + offset, from the sluitend script), whatever services the repository has. */
const portsInUse = (tree: Tree): number[] =>
  [...text(tree, 'sluitend').matchAll(/\[[a-z]+\]=\$\(\(base \+ (\d+)\)\)/g)].map((match) => 3100 + Number(match[1]));
const freePort = (tree: Tree): number => Array.from({ length: 99 }, (_, index) => 3101 + index).find((port) => !portsInUse(tree).includes(port)) ?? 0;

describe('generate service', () => {
  it('creates the app and makes it known to contracts, the sluitend script, lint, Kubernetes and compose', () => {
    const tree = repository();
    const port = freePort(tree);
    runGenerator(tree, ['service', 'proef', '--port', String(port)]);
    expect(changes(tree)).toMatchObject({
      'apps/proef/project.json': 'CREATE',
      'apps/proef/tsconfig.project.json': 'CREATE',
      'apps/proef/src/main.ts': 'CREATE',
      'apps/proef/src/app.module.ts': 'CREATE',
      'apps/proef/src/config/proef-env.ts': 'CREATE',
      'apps/proef/src/migrations/README.md': 'CREATE',
      'libs/contracts/src/events/proef/catalog.ts': 'CREATE',
      'infra/k8s/proef.yaml': 'CREATE',
      'libs/contracts/src/topics.ts': 'UPDATE',
      'libs/contracts/src/event-catalog.ts': 'UPDATE',
      sluitend: 'UPDATE',
      'eslint.config.mjs': 'UPDATE',
      'infra/k8s/kustomization.yaml': 'UPDATE',
      'infra/k8s/secrets.example.yaml': 'UPDATE',
      'docker-compose.yml': 'UPDATE',
    });
    expect(JSON.parse(text(tree, 'apps/proef/project.json')).tags).toEqual(['type:app', 'scope:proef', 'runtime:node']);
    expect(text(tree, 'apps/proef/src/config/proef-env.ts')).toContain(`serviceEnvSchema(${port}, {})`);
    expect(text(tree, 'libs/contracts/src/topics.ts')).toMatch(/SERVICES = \['overstap', [^\]]*, 'proef'\] as const/);
    expect(text(tree, 'libs/contracts/src/event-catalog.ts')).toMatch(
      /import \{ PROEF_EVENTS \} from '.\/events\/proef\/catalog';[\s\S]*\.\.\.PROEF_EVENTS,\n\}/,
    );
    expect(text(tree, 'sluitend')).toMatch(/^SERVICES=\(overstap .* proef\)$/m);
    expect(text(tree, 'sluitend')).toContain(` [proef]=$((base + ${port - 3100})))`);
    expect(text(tree, 'eslint.config.mjs')).toMatch(/const SERVICES = \['overstap', .*, 'proef'\];/);
    expect(text(tree, 'infra/k8s/kustomization.yaml')).toMatch(/ {2}- rapportage\.yaml\n(?: {2}- [a-z]+\.yaml\n)* {2}- proef\.yaml\n#/);
    const compose = text(tree, 'docker-compose.yml');
    expect(compose).toContain(
      `\n  proef:\n    <<: *service\n    build: { context: ., dockerfile: infra/docker/Dockerfile, args: { APP: proef } }\n    environment: { <<: *service-env, PORT: "${port}" }\n\nvolumes:`,
    );
    expect(compose).toMatch(new RegExp(`\\n {2}oidc:\\n(?: {4}.*\\n)*? {4}ports: \\[.*, "${port}:${port}"\\]\\n`));
    expect(text(tree, 'infra/k8s/secrets.example.yaml')).toMatch(/name: sluitend-proef\n[\s\S]*postgres:\/\/proef:CHANGE_ME@pg-proef/);
    expect(text(tree, 'infra/k8s/proef.yaml')).not.toContain('rapportage');
  });

  it('takes the lowest free port when none is given', () => {
    const tree = repository();
    const port = freePort(tree);
    runGenerator(tree, ['service', 'proef']);
    expect(text(tree, 'apps/proef/src/config/proef-env.ts')).toContain(`serviceEnvSchema(${port}, {})`);
  });

  it.each([
    [['service', 'rapportage'], 'service rapportage exists'],
    [['service', 'proef', '--port', '3105'], "--port 3105 is rapportage's"],
    [['service', 'proef', '--port', '3200'], '--port 3200'],
    [['service', 'proef', '--port', '3109'], '--port 3109 is taken in sluitend'],
    [['service', 'Proef-1'], 'lower-case letters'],
  ])('refuses %j, writing nothing', (argv, message) => {
    const tree = repository();
    expect(() => runGenerator(tree, argv)).toThrow(message);
    expect(tree.listChanges()).toEqual([]);
  });
});

describe('generate capability, command and query', () => {
  it('grows a capability inside an existing service without touching the rules already in its domain/', () => {
    const tree = repository();
    // A capability whose rules came first (as verlof's and programmas' did): only its domain/ exists.
    tree.write('apps/verzuim/src/vrijstelling/domain/vrijstelling.ts', 'export const VRIJSTELLING_GRONDEN = [] as const;\n');
    const regel = text(tree, 'apps/verzuim/src/vrijstelling/domain/vrijstelling.ts');
    runGenerator(tree, ['capability', 'verzuim', 'vrijstelling']);
    const made = changes(tree);
    expect(Object.entries(made).filter(([, type]) => type !== 'CREATE')).toEqual([['apps/verzuim/src/app.module.ts', 'UPDATE']]);
    expect(Object.keys(made)).toEqual(
      expect.arrayContaining([
        'apps/verzuim/src/vrijstelling/vrijstelling.module.ts',
        'apps/verzuim/src/vrijstelling/domain/vrijstelling.errors.ts',
        'apps/verzuim/src/vrijstelling/database/vrijstelling.repository.ts',
      ]),
    );
    expect(text(tree, 'apps/verzuim/src/vrijstelling/domain/vrijstelling.ts')).toBe(regel);
    const appModule = text(tree, 'apps/verzuim/src/app.module.ts');
    const migration = Object.keys(made).find((path) => path.startsWith('apps/verzuim/src/migrations/'));
    const migrationClass = /export class (\w+)/.exec(text(tree, migration ?? ''))?.[1];
    expect(migrationClass).toMatch(/^Vrijstelling\d{13}$/);
    expect(appModule).toContain("import { VrijstellingModule } from './vrijstelling/vrijstelling.module';");
    expect(appModule).toMatch(new RegExp(`migrations: \\[[^\\]]*${migrationClass},?\\s*\\]`));
    expect(appModule).toMatch(/VrijstellingModule,?\s*\]/);
  });

  it("keeps a capability's own errors file and appends only the class the generated code needs", () => {
    const tree = repository();
    const path = 'apps/trajecten/src/uitkomsten/domain/uitkomsten.errors.ts';
    const before = text(tree, path);
    runGenerator(tree, ['capability', 'trajecten', 'uitkomsten']);
    const after = text(tree, path);
    expect(changes(tree)[path]).toBe('UPDATE');
    expect(after.startsWith(before.replace(/\n*$/, '\n'))).toBe(true);
    expect(after.slice(before.length)).toMatch(/export class UitkomstenOngeldig extends DomainError \{[\s\S]*'uitkomsten\.ongeldig'/);
    expect(after.match(/from '@sluitend\/domain-nl'/g)).toHaveLength(1);
    expect(after).toMatch(/import \{[^}]*\bDomainError\b[^}]*\bDomainIssue\b[^}]*\} from '@sluitend\/domain-nl'/);
  });

  it('adds use cases to a generated capability, subscribes once per producer, and refuses what exists', () => {
    const tree = repository();
    runGenerator(tree, ['service', 'proef', '--port', String(freePort(tree))]);
    runGenerator(tree, ['capability', 'proef', 'meldingen']);
    runGenerator(tree, ['command', 'proef', 'meldingen', 'registreer-proefmelding', '--message', 'overstap.dossier.ingediend']);
    runGenerator(tree, ['command', 'proef', 'meldingen', 'sluit-proefmelding', '--message', 'notificaties.alert.aangemaakt']);
    runGenerator(tree, ['command', 'proef', 'meldingen', 'heropen-proefmelding', '--message', 'overstap.dossier.ingediend']);
    runGenerator(tree, ['query', 'proef', 'meldingen', 'proefmeldingen']);
    const made = changes(tree);
    const folder = 'apps/proef/src/meldingen';
    for (const file of [
      'registreer-proefmelding.ts',
      'registreer-proefmelding.http.ts',
      'registreer-proefmelding.message.ts',
      'registreer-proefmelding.spec.ts',
      'registreer-proefmelding.int-spec.ts',
    ]) {
      expect(made[`${folder}/commands/registreer-proefmelding/${file}`]).toBe('CREATE');
    }
    for (const file of ['proefmeldingen.ts', 'proefmeldingen.http.ts', 'proefmeldingen.spec.ts', 'proefmeldingen.int-spec.ts'])
      expect(made[`${folder}/queries/proefmeldingen/${file}`]).toBe('CREATE');
    expect(made['libs/contracts/src/api/proef/registreer-proefmelding.ts']).toBe('CREATE');
    expect(text(tree, 'libs/contracts/src/index.ts')).toMatch(
      /export \* from '.\/api\/proef\/registreer-proefmelding';\n[\s\S]*export \* from '.\/api\/proef\/proefmeldingen';\n$/,
    );
    expect(text(tree, `${folder}/meldingen.module.ts`)).toContain(
      'controllers: [RegistreerProefmeldingHttp, RegistreerProefmeldingMessage, SluitProefmeldingHttp, SluitProefmeldingMessage, HeropenProefmeldingHttp, HeropenProefmeldingMessage, ZoekProefmeldingenHttp]',
    );
    expect(text(tree, 'apps/proef/src/app.module.ts')).toContain("consumes: { subscribesTo: ['overstap', 'notificaties'] }");
    expect(text(tree, `${folder}/commands/registreer-proefmelding/registreer-proefmelding.message.ts`)).toContain(
      "@EventPattern('overstap.dossier.ingediend')",
    );

    const before = tree.listChanges().map((change) => `${change.type} ${change.path} ${change.content?.length}`);
    expect(() => runGenerator(tree, ['command', 'proef', 'meldingen', 'registreer-proefmelding'])).toThrow('already exports');
    expect(() => runGenerator(tree, ['query', 'proef', 'meldingen', 'proefmeldingen'])).toThrow('already exports');
    expect(() => runGenerator(tree, ['capability', 'proef', 'meldingen'])).toThrow('refusing to overwrite');
    expect(tree.listChanges().map((change) => `${change.type} ${change.path} ${change.content?.length}`)).toEqual(before);
  });

  it.each([
    [['command', 'rapportage', 'dossiers', 'registreer-x'], 'lacks what the generated use case builds on'],
    [['command', 'rapportage', 'nergens', 'registreer-x'], 'no capability nergens'],
    [['command', 'nergens', 'dossiers', 'registreer-x'], 'no service nergens'],
    [['command', 'rapportage', 'dossiers', 'registreer'], 'verb and a noun'],
    [['command', 'rapportage', 'dossiers', 'Registreer_X'], 'kebab-case'],
    [['capability', 'rapportage', 'inbox'], 'reserved'],
    [['query', 'rapportage'], 'usage'],
  ])('refuses %j, writing nothing', (argv, message) => {
    const tree = repository();
    expect(() => runGenerator(tree, argv)).toThrow(message);
    expect(tree.listChanges()).toEqual([]);
  });
});
