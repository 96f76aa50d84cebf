import { names, Tree } from '@nx/devkit';
import { append, asArray, initializerOf, parse } from './source-edit';

/** A generator refused: nothing is written, the message says why. */
export class GeneratorError extends Error {}

export const TOPICS = 'libs/contracts/src/topics.ts';
export const SCRIPT = 'sluitend';
/** Local ports are SLUITEND_PORT_BASE (3100 by default) + an offset, so a second checkout can move them all. */
export const PORT_BASE = 3100;

export const read = (tree: Tree, path: string): string => {
  const text = tree.read(path, 'utf8');
  if (text === null) throw new GeneratorError(`${path} is missing`);
  return text;
};

/** The services of the platform, as libs/contracts lists them. */
export function services(tree: Tree): string[] {
  const source = parse(TOPICS, read(tree, TOPICS));
  return asArray(source, initializerOf(source, 'SERVICES'), 'SERVICES').elements.map((element) => element.getText().replace(/['"]/g, ''));
}

export function addService(tree: Tree, name: string): void {
  const source = parse(TOPICS, read(tree, TOPICS));
  tree.write(TOPICS, append(source, asArray(source, initializerOf(source, 'SERVICES'), 'SERVICES'), `'${name}'`));
}

/** Every local port the `sluitend` script hands out (base + offset): the services', the OpenID provider's, … */
export function reservedPorts(tree: Tree): Set<number> {
  return new Set([...read(tree, SCRIPT).matchAll(/\$\(\(base \+ (\d+)\)\)/g)].map((match) => PORT_BASE + Number(match[1])));
}

/** Each service's local port (base + offset), from the `sluitend` script. */
export function ports(tree: Tree): Map<string, number> {
  const line = /^\s*declare -gA PORTS=\((.*)\)\s*$/m.exec(read(tree, SCRIPT));
  if (!line) throw new GeneratorError(`${SCRIPT}: no \`declare -gA PORTS=(…)\` line`);
  return new Map([...line[1].matchAll(/\[([a-z]+)\]=\$\(\(base \+ (\d+)\)\)/g)].map((match) => [match[1], PORT_BASE + Number(match[2])]));
}

export function assertService(tree: Tree, service: string): void {
  if (!services(tree).includes(service) || !tree.exists(`apps/${service}/src/app.module.ts`)) {
    throw new GeneratorError(`no service ${service} (apps/${service}/src/app.module.ts and SERVICES in ${TOPICS}); generate it first`);
  }
}

/** Dutch domain names in kebab-case: `meldingen`, `registreer-melding`. */
const KEBAB = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;

export function assertKebab(value: string, what: string): void {
  if (!KEBAB.test(value)) throw new GeneratorError(`${what} "${value}" is not kebab-case (lower-case words joined by -), e.g. registreer-melding`);
}

export type Names = { fileName: string; className: string; propertyName: string; constantName: string; snake: string; words: string };

export function namesOf(value: string): Names {
  const { fileName, className, propertyName, constantName } = names(value);
  const words = fileName.replace(/-/g, ' ');
  return { fileName, className, propertyName, constantName, snake: fileName.replace(/-/g, '_'), words };
}

/** `registreer-melding` → `Registreer melding`: an operation's Dutch summary to start from. */
export const sentence = (words: string): string => `${words.charAt(0).toUpperCase()}${words.slice(1)}`;

/** Refuses when any of the files to create exists: a generator never overwrites. */
export function assertAbsent(tree: Tree, paths: string[]): void {
  const existing = paths.filter((path) => tree.exists(path));
  if (existing.length > 0) throw new GeneratorError(`refusing to overwrite ${existing.join(', ')}; nothing was written`);
}
