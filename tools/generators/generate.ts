import { FileChange, Tree, workspaceRoot } from '@nx/devkit';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { flushChanges, FsTree } from 'nx/src/generators/tree';
import * as prettier from 'prettier';
import { GeneratorError } from './lib/workspace';
import { runGenerator } from './run';

const FORMATTED = /\.(ts|json|md)$/;

/**
 * Prettier (the repository's config) on what was generated: every created file, and every changed TypeScript file
 * that was formatted before (a file not yet formatted is changed only where the generator inserted).
 */
async function format(tree: Tree, changes: FileChange[]): Promise<void> {
  for (const change of changes) {
    if (change.type === 'DELETE' || !FORMATTED.test(change.path)) continue;
    const filepath = join(tree.root, change.path);
    const options = { ...(await prettier.resolveConfig(filepath)), filepath };
    if (change.type === 'UPDATE') {
      if (!change.path.endsWith('.ts')) continue;
      if (!(await prettier.check(readFileSync(filepath, 'utf8'), options))) continue;
    }
    tree.write(change.path, await prettier.format(tree.read(change.path, 'utf8') ?? '', options));
  }
}

async function main(): Promise<void> {
  const tree = new FsTree(workspaceRoot, false);
  const done = runGenerator(tree, process.argv.slice(2));
  await format(tree, tree.listChanges());
  const changes = tree.listChanges();
  flushChanges(tree.root, changes);
  process.stderr.write(`generated ${done.join('; ')}\n`);
  for (const change of changes) process.stdout.write(`${change.type.padEnd(6)} ${change.path}\n`);
}

if (require.main === module) {
  main().catch((error: unknown) => {
    process.stderr.write(`generate: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(error instanceof GeneratorError ? 2 : 1);
  });
}
