import { generateFiles, joinPathFragments, OverwriteStrategy, Tree, workspaceRoot } from '@nx/devkit';
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { assertAbsent } from './workspace';

/** Templates live beside the generators' sources (the compiled generators run from dist/ and read them here). */
const TEMPLATES = join(workspaceRoot, 'tools/generators/templates');

type Substitutions = Record<string, string | number | boolean>;

function* walk(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(path);
    else yield path;
  }
}

/** Where each template file lands: `__name__` segments substituted, the `__tmpl__` suffix dropped (as generateFiles does). */
function targets(source: string, target: string, substitutions: Substitutions): string[] {
  return [...walk(source)].map((file) =>
    joinPathFragments(
      target,
      relative(source, file)
        .replace(/__tmpl__$/, '')
        .replace(/__([^_]+)__/g, (segment, key: string) => (key in substitutions ? String(substitutions[key]) : segment)),
    ),
  );
}

/** Writes a template folder into `target`; refuses (writing nothing) when any of its files exists. Answers the paths. */
export function writeTemplates(tree: Tree, template: string, target: string, substitutions: Substitutions): string[] {
  const source = join(TEMPLATES, template);
  const paths = targets(source, target, substitutions);
  assertAbsent(tree, paths);
  generateFiles(tree, source, target, { ...substitutions, tmpl: '' }, { overwriteStrategy: OverwriteStrategy.ThrowIfExisting });
  return paths;
}
