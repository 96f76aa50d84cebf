import { Tree } from '@nx/devkit';
import { addImport, append, appImports, asArray, kernelOptions, parse, property } from './lib/source-edit';
import { writeTemplates } from './lib/templates';
import { assertKebab, assertService, GeneratorError, namesOf, read } from './lib/workspace';

export type CapabilityOptions = { service: string; capability: string; now?: number };

/** Tables of the platform in every service schema. */
const RESERVED = new Set(['outbox', 'inbox', 'typeorm_migrations', 'shared', 'config', 'migrations', 'domain', 'database']);

export const appModulePath = (service: string): string => `apps/${service}/src/app.module.ts`;
export const capabilityModulePath = (service: string, capability: string): string => `apps/${service}/src/${capability}/${capability}.module.ts`;

/**
 * A capability in an existing service: `<capability>/<capability>.module.ts`, `domain/` (its errors and one rule),
 * `database/<capability>.repository.ts` and the migration of its table, registered in the app module. Folders that
 * exist (a `domain/` with rules already) are kept; a file that exists makes it refuse.
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
