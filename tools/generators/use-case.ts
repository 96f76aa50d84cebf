import { Tree } from '@nx/devkit';
import { EVENT_CATALOG, isKnownEventType } from '@sluitend/contracts';
import { appModulePath, capabilityModulePath } from './capability';
import { addImport, append, asArray, asObject, holds, kernelOptions, moduleMetadata, parse, property, Source } from './lib/source-edit';
import { writeTemplates } from './lib/templates';
import { assertKebab, assertService, GeneratorError, namesOf, read, sentence } from './lib/workspace';

export type CommandOptions = { service: string; capability: string; name: string; message?: string };
export type QueryOptions = { service: string; capability: string; name: string };

const CONTRACTS_INDEX = 'libs/contracts/src/index.ts';

/**
 * The capability exists and still has what the use case templates build on (`generate capability` makes them): its
 * repository's `voegToe`/`vanOrganisatie` and, for a command, the rule in `domain/omschrijving.ts`. Without them the
 * generated code would not compile, so the generator refuses.
 */
function assertCapability(tree: Tree, service: string, capability: string, needs: { methods: string[]; omschrijving: boolean }): void {
  assertService(tree, service);
  assertKebab(capability, 'capability');
  const module = capabilityModulePath(service, capability);
  if (!tree.exists(module)) throw new GeneratorError(`no capability ${capability} in ${service} (${module}); generate it first`);
  const folder = `apps/${service}/src/${capability}`;
  const repository = `${folder}/database/${capability}.repository.ts`;
  const missing = [
    ...needs.methods
      .filter((method) => !(tree.read(repository, 'utf8') ?? '').includes(`async ${method}(`))
      .map((method) => `${repository}: ${method}()`),
    ...(needs.omschrijving && !tree.exists(`${folder}/domain/omschrijving.ts`) ? [`${folder}/domain/omschrijving.ts`] : []),
  ];
  if (missing.length > 0) {
    throw new GeneratorError(
      `the ${capability} capability lacks what the generated use case builds on (${missing.join(', ')}), which \`generate capability\` creates; write this use case by hand`,
    );
  }
}

/** A contracts name is exported from one index for every service: two services may not both define it. */
function assertUnusedInContracts(tree: Tree, identifiers: string[]): void {
  const used: string[] = [];
  const visit = (dir: string) => {
    for (const child of tree.children(dir)) {
      const path = `${dir}/${child}`;
      if (!tree.isFile(path)) visit(path);
      else if (path.endsWith('.ts')) {
        const text = read(tree, path);
        used.push(...identifiers.filter((identifier) => new RegExp(`export (const|type) ${identifier}\\b`).test(text)));
      }
    }
  };
  visit('libs/contracts/src');
  if (used.length > 0) throw new GeneratorError(`libs/contracts already exports ${[...new Set(used)].join(', ')}; choose another name`);
}

function exportFromContracts(tree: Tree, service: string, fileName: string): void {
  const line = `export * from './api/${service}/${fileName}';`;
  tree.write(CONTRACTS_INDEX, `${read(tree, CONTRACTS_INDEX).replace(/\n*$/, '\n')}${line}\n`);
}

/** Lists the adapters (controllers) and the use case (providers) in the capability's module. */
function registerInModule(
  tree: Tree,
  service: string,
  capability: string,
  imports: Array<{ names: string[]; from: string }>,
  controllers: string[],
  providers: string[],
) {
  const path = capabilityModulePath(service, capability);
  let source: Source = parse(path, read(tree, path));
  for (const { names, from } of imports) source = parse(path, addImport(source, names, from));
  for (const [key, items] of [
    ['controllers', controllers],
    ['providers', providers],
  ] as const) {
    for (const item of items) {
      const metadata = moduleMetadata(source);
      const list = property(metadata, key);
      source = parse(path, list ? append(source, asArray(source, list, key), item) : append(source, metadata, `${key}: [${item}]`));
    }
  }
  tree.write(path, source.text);
}

/** The app module consumes the producer's stream (`consumes: { subscribesTo: [...] }`). */
function subscribe(tree: Tree, service: string, producer: string): void {
  const path = appModulePath(service);
  const source = parse(path, read(tree, path));
  const options = kernelOptions(source);
  const consumes = property(options, 'consumes');
  if (!consumes) {
    tree.write(path, append(source, options, `consumes: { subscribesTo: ['${producer}'] }`));
    return;
  }
  const subscribesTo = asArray(source, property(asObject(source, consumes, 'consumes'), 'subscribesTo'), 'consumes.subscribesTo');
  if (!holds(subscribesTo, `'${producer}'`)) tree.write(path, append(source, subscribesTo, `'${producer}'`));
}

function common(tree: Tree, options: { service: string; capability: string; name: string }, needs: { methods: string[]; omschrijving: boolean }) {
  assertKebab(options.name, 'name');
  assertCapability(tree, options.service, options.capability, needs);
  const capability = namesOf(options.capability);
  return {
    service: options.service,
    servicePropertyName: namesOf(options.service).propertyName,
    capability: options.capability,
    capabilityClass: capability.className,
    capabilityProperty: capability.propertyName,
    table: capability.snake,
  };
}

/**
 * A command (a use case that changes something) in a capability: `commands/<verb-noun>/` with the use case, its HTTP
 * adapter, a unit spec and an integration spec; with `message`, also its Kafka adapter for that event type (and the
 * service subscribes to the producer). Its request and response schemas go to libs/contracts/src/api/<service>/.
 */
export function commandGenerator(tree: Tree, options: CommandOptions): string[] {
  if (/^[a-z]+$/.test(options.name)) throw new GeneratorError(`command "${options.name}" is a verb and a noun, e.g. registreer-melding`);
  const base = common(tree, options, { methods: ['voegToe'], omschrijving: true });
  const { fileName, className, propertyName, words } = namesOf(options.name);
  let producer = '';
  if (options.message !== undefined) {
    if (!isKnownEventType(options.message)) throw new GeneratorError(`--message ${options.message}: not in the event catalog (libs/contracts)`);
    producer = EVENT_CATALOG[options.message].producer;
  }
  assertUnusedInContracts(tree, [`${propertyName}Schema`, `${propertyName}ResultaatSchema`, `${className}Invoer`, `${className}Resultaat`]);
  const substitutions = { ...base, fileName, className, propertyName, words, summary: sentence(words), message: options.message ?? '', producer };
  const folder = `apps/${base.service}/src/${base.capability}/commands/${fileName}`;
  writeTemplates(tree, 'command', folder, substitutions);
  if (options.message) writeTemplates(tree, 'command-message', folder, substitutions);
  writeTemplates(tree, 'command-contract', `libs/contracts/src/api/${base.service}`, substitutions);
  exportFromContracts(tree, base.service, fileName);
  const from = `./commands/${fileName}/${fileName}`;
  registerInModule(
    tree,
    base.service,
    base.capability,
    [
      { names: [className], from },
      { names: [`${className}Http`], from: `${from}.http` },
      ...(options.message ? [{ names: [`${className}Message`], from: `${from}.message` }] : []),
    ],
    [`${className}Http`, ...(options.message ? [`${className}Message`] : [])],
    [className],
  );
  if (options.message) subscribe(tree, base.service, producer);
  return [`command ${className} in ${base.service}/${base.capability}${options.message ? ` (also on ${options.message})` : ''}`];
}

/** A query (a read) in a capability: `queries/<noun>/` with `Zoek<Noun>`, its HTTP adapter, a unit and an integration spec. */
export function queryGenerator(tree: Tree, options: QueryOptions): string[] {
  const base = common(tree, options, { methods: ['vanOrganisatie'], omschrijving: false });
  const { fileName, className: noun, words } = namesOf(options.name);
  const className = `Zoek${noun}`;
  const resultClassName = `${className}Resultaat`;
  const resultPropertyName = `zoek${noun}Resultaat`;
  assertUnusedInContracts(tree, [`${resultPropertyName}Schema`, resultClassName]);
  const substitutions = {
    ...base,
    fileName,
    className,
    propertyName: `zoek${noun}`,
    resultClassName,
    resultPropertyName,
    words: `zoek ${words}`,
    summary: sentence(`zoek ${words}`),
  };
  writeTemplates(tree, 'query', `apps/${base.service}/src/${base.capability}/queries/${fileName}`, substitutions);
  writeTemplates(tree, 'query-contract', `libs/contracts/src/api/${base.service}`, substitutions);
  exportFromContracts(tree, base.service, fileName);
  const from = `./queries/${fileName}/${fileName}`;
  registerInModule(
    tree,
    base.service,
    base.capability,
    [
      { names: [className], from },
      { names: [`${className}Http`], from: `${from}.http` },
    ],
    [`${className}Http`],
    [className],
  );
  return [`query ${className} in ${base.service}/${base.capability}`];
}
