import { Tree } from '@nx/devkit';
import { addImport, append, appImports, asArray, ensureNamedImports, kernelOptions, parse, property } from './lib/source-edit';
import { writeTemplates } from './lib/templates';
import { assertKebab, assertService, GeneratorError, namesOf, read } from './lib/workspace';

export type CapabilityOptions = { service: string; capability: string; now?: number };

/** Tables of the platform in every service schema. */
const RESERVED = new Set(['outbox', 'inbox', 'typeorm_migrations', 'shared', 'config', 'migrations', 'domain', 'database']);

export const appModulePath = (service: string): string => `apps/${service}/src/app.module.ts`;
export const capabilityModulePath = (service: string, capability: string): string => `apps/${service}/src/${capability}/${capability}.module.ts`;

/**
 * `domain/<capability>.errors.ts` with `<Capability>Ongeldig`: a new file, or — when the capability's errors file exists
 * already (trajecten's capabilities have one) — the class appended to it, its imports merged. Nothing else in it changes.
 */
function writeErrors(tree: Tree, path: string, capability: string, className: string): void {
  const ongeldig = `${className}Ongeldig`;
  const declaration = `
/** Input that breaks a rule of ${capability}: 400 with the fields over HTTP, a dead letter at once from Kafka. */
export class ${ongeldig} extends DomainError {
  constructor(issues: DomainIssue[]) {
    super('ongeldig', '${capability}.ongeldig', 'De invoer voldoet niet aan de regels van ${capability}', { issues });
  }
}
`;
  const existing = tree.read(path, 'utf8');
  if (existing === null) {
    tree.write(path, `import { DomainError, DomainIssue } from '@sluitend/domain-nl';\n${declaration}`);
    return;
  }
  if (new RegExp(`\\b(class|const|function) ${ongeldig}\\b`).test(existing)) return;
  const merged = ensureNamedImports(parse(path, existing), '@sluitend/domain-nl', ['DomainError', 'DomainIssue']);
  tree.write(path, `${merged.replace(/\n*$/, '\n')}${declaration}`);
}

/**
 * A capability in an existing service: `<capability>/<capability>.module.ts`, `domain/` (its errors and one rule),
 * `database/<capability>.repository.ts` and the migration of its table, registered in the app module. Folders that
 * exist (a `domain/` with rules already) are kept, an existing errors file gets the one class it needs; any other
 * file that exists makes it refuse.
 */
export function capabilityGenerator(tree: Tree, options: CapabilityOptions): string[] {
  const { service, capability } = options;
  assertService(tree, service);
  assertKebab(capability, 'capability');
  const { className, propertyName, snake } = namesOf(capability);
  if (RESERVED.has(snake)) throw new GeneratorError(`capability name "${capability}" is reserved in a service`);
  const timestamp = options.now ?? Date.now();
  const migrationClass = `${className}${timestamp}`;
  const substitutions = { fileName: capability, className, propertyName, table: snake, timestamp, migrationClass };
  writeTemplates(tree, 'capability', `apps/${service}/src/${capability}`, substitutions);
  writeErrors(tree, `apps/${service}/src/${capability}/domain/${capability}.errors.ts`, capability, className);
  writeTemplates(tree, 'capability-migration', `apps/${service}/src/migrations`, substitutions);

  const path = appModulePath(service);
  let source = parse(path, read(tree, path));
  source = parse(path, addImport(source, [`${className}Module`], `./${capability}/${capability}.module`));
  source = parse(path, addImport(source, [migrationClass], `./migrations/${timestamp}-${capability}`));
  source = parse(path, append(source, appImports(source), `${className}Module`));
  source = parse(path, append(source, asArray(source, property(kernelOptions(source), 'migrations'), 'migrations'), migrationClass));
  tree.write(path, source.text);
  return [`capability ${capability} in ${service} (table ${snake})`];
}
