// Compiles apps/ and libs/ to dist/ with swc (decorator metadata on, @sluitend/* aliases — subpath entries such as
// @sluitend/domain-nl/node included, each matched exactly — rewritten to relative
// paths), mirroring the source tree, and copies each lib's data/ folder. Type checking is `npm run typecheck`.
import { transformFile } from '@swc/core';
import { cp, mkdir, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const tsconfig = createRequire(import.meta.url)('../tsconfig.base.json');
const out = join(root, 'dist');
const isSource = (file) => file.endsWith('.ts') && !file.endsWith('.d.ts') && !/\.(spec|int-spec|e2e-spec)\.ts$/.test(file);

async function* walk(dir) {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(path);
    else yield path;
  }
}

const swcOptions = {
  jsc: {
    parser: { syntax: 'typescript', decorators: true },
    transform: { legacyDecorator: true, decoratorMetadata: true },
    target: 'es2023',
    baseUrl: root,
    paths: tsconfig.compilerOptions.paths,
    keepClassNames: true,
  },
  module: { type: 'commonjs', strictMode: true },
  sourceMaps: true,
};

async function main() {
  const started = Date.now();
  // dist/ is rewritten in place (running services keep working) and then pruned of files whose source is gone.
  const files = [];
  for (const top of ['apps', 'libs', 'tools/cli', 'tools/generators', 'tests/bench', 'tests/support', 'tests/reliability']) {
    const dir = join(root, top);
    if (!(await stat(dir).catch(() => null))) continue;
    for await (const file of walk(dir)) if (isSource(file)) files.push(file);
  }
  const written = new Set();
  await Promise.all(
    files.map(async (file) => {
      const target = join(out, relative(root, file)).replace(/\.ts$/, '.js');
      const { code, map } = await transformFile(file, { ...swcOptions, filename: file, sourceFileName: relative(dirname(target), file) });
      await mkdir(dirname(target), { recursive: true });
      await writeFile(target, `${code}\n//# sourceMappingURL=${target.split('/').pop()}.map\n`);
      written.add(target);
      if (map) await writeFile(`${target}.map`, map);
      written.add(`${target}.map`);
    }),
  );
  for (const lib of await readdir(join(root, 'libs'))) {
    const data = join(root, 'libs', lib, 'data');
    if (await stat(data).catch(() => null)) await cp(data, join(out, 'libs', lib, 'data'), { recursive: true });
  }
  // dist/web is the portal's vite build (apps/web), not ours to prune.
  for await (const file of walk(out)) {
    if (file.startsWith(join(out, 'web') + '/')) continue;
    if ((file.endsWith('.js') || file.endsWith('.js.map')) && !written.has(file)) await rm(file);
  }
  console.log(`built ${files.length} files into dist/ in ${Date.now() - started} ms`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
