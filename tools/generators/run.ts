import { Tree } from '@nx/devkit';
import { parseArgs } from 'node:util';
import { capabilityGenerator } from './capability';
import { GeneratorError } from './lib/workspace';
import { serviceGenerator } from './service';
import { commandGenerator, queryGenerator } from './use-case';

export const USAGE = `usage: ./sluitend generate service <name> [--port N] [--description "…"]
       ./sluitend generate capability <service> <capability>
       ./sluitend generate command <service> <capability> <verb-noun> [--message <event type>]
       ./sluitend generate query <service> <capability> <noun>
Code in the template of docs/architecture.md. A generator never overwrites: when a file it would create exists, it
writes nothing.`;

/** Runs one generator on a tree, from the command line's words. */
export function runGenerator(tree: Tree, argv: string[]): string[] {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { port: { type: 'string' }, description: { type: 'string' }, message: { type: 'string' } },
  });
  const [kind, ...rest] = positionals;
  const arity = (count: number) => {
    if (rest.length !== count) throw new GeneratorError(USAGE);
    return rest;
  };
  switch (kind) {
    case 'service': {
      const [name] = arity(1);
      if (values.port !== undefined && !/^\d+$/.test(values.port)) throw new GeneratorError(`--port ${values.port}: a number`);
      return serviceGenerator(tree, { name, port: values.port === undefined ? undefined : Number(values.port), description: values.description });
    }
    case 'capability': {
      const [service, capability] = arity(2);
      return capabilityGenerator(tree, { service, capability });
    }
    case 'command': {
      const [service, capability, name] = arity(3);
      return commandGenerator(tree, { service, capability, name, message: values.message });
    }
    case 'query': {
      const [service, capability, name] = arity(3);
      return queryGenerator(tree, { service, capability, name });
    }
    default:
      throw new GeneratorError(USAGE);
  }
}
