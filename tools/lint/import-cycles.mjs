// Import cycles, checked on the module graph dependency-cruiser resolves (tsconfig paths, type-only imports included):
//   file:   a cycle between source files anywhere in apps/, libs/, tests/ and tools/;
//   folder: a cycle between the top-level folders of an app's src (its capabilities, e.g. apps/overstap/src/deadlines ⇄
//           apps/overstap/src/inschrijvingen) or of a lib's src.
// Every elementary cycle is listed, written from its alphabetically first member. Today's known cycles are in
// import-cycles.baseline.json; the check fails on a cycle not in the baseline AND on a baseline entry that no longer
// occurs (remove it: the list only shrinks). `node tools/lint/import-cycles.mjs --write-baseline` rewrites it.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cruise } from 'dependency-cruiser';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const baselineFile = join(root, 'tools/lint/import-cycles.baseline.json');
const MAX_CYCLES = 500;

/** The strongly connected components of a directed graph with more than one node (Tarjan). */
function components(edges) {
  const index = new Map();
  const low = new Map();
  const stack = [];
  const onStack = new Set();
  const result = [];
  let counter = 0;
  const visit = (node) => {
    index.set(node, counter);
    low.set(node, counter++);
    stack.push(node);
    onStack.add(node);
    for (const next of edges.get(node) ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node), low.get(next)));
      } else if (onStack.has(next)) low.set(node, Math.min(low.get(node), index.get(next)));
    }
    if (low.get(node) === index.get(node)) {
      const component = [];
      let member;
      do {
        member = stack.pop();
        onStack.delete(member);
        component.push(member);
      } while (member !== node);
      if (component.length > 1) result.push(new Set(component));
    }
  };
  for (const node of edges.keys()) if (!index.has(node)) visit(node);
  return result;
}

/** Every elementary cycle: a DFS from each node over larger nodes of its strongly connected component. */
function elementaryCycles(allEdges) {
  const cycles = [];
  for (const component of components(allEdges)) {
    const edges = new Map([...component].map((node) => [node, [...(allEdges.get(node) ?? [])].filter((to) => component.has(to))]));
    for (const start of [...component].sort()) cyclesFrom(start, edges, cycles);
  }
  return cycles;
}

function cyclesFrom(start, edges, cycles) {
  {
    const path = [start];
    const onPath = new Set(path);
    const walk = (node) => {
      for (const next of [...(edges.get(node) ?? [])].sort()) {
        if (cycles.length >= MAX_CYCLES) return;
        if (next === start) cycles.push([...path]);
        else if (next > start && !onPath.has(next)) {
          path.push(next);
          onPath.add(next);
          walk(next);
          onPath.delete(next);
          path.pop();
        }
      }
    };
    walk(start);
  }
  return cycles;
}

const folderOf = (file) => /^((?:apps|libs)\/[^/]+\/src\/[^/]+)\//.exec(file)?.[1];

async function findCycles() {
  const result = await cruise(
    ['apps', 'libs', 'tests', 'tools'],
    {
      baseDir: root,
      exclude: { path: '(^|/)(node_modules|dist|\\.tools|\\.local)/' },
      doNotFollow: { path: 'node_modules' },
      tsPreCompilationDeps: true,
      tsConfig: { fileName: join(root, 'tsconfig.json') },
      validate: false,
    },
    undefined,
    undefined,
    { tsConfig: JSON.parse(readFileSync(join(root, 'tsconfig.base.json'), 'utf8')) },
  );
  const files = new Map();
  const folders = new Map();
  const add = (map, from, to) => map.set(from, (map.get(from) ?? new Set()).add(to));
  for (const module of result.output.modules) {
    for (const dependency of module.dependencies) {
      if (dependency.coreModule || dependency.couldNotResolve || dependency.resolved.includes('node_modules/')) continue;
      add(files, module.source, dependency.resolved);
      const from = folderOf(module.source);
      const to = folderOf(dependency.resolved);
      if (from && to && from !== to && from.split('/').slice(0, 3).join('/') === to.split('/').slice(0, 3).join('/')) add(folders, from, to);
    }
  }
  const render = (kind, cycle) => `${kind}: ${[...cycle, cycle[0]].join(' → ')}`;
  return [
    ...elementaryCycles(files).map((cycle) => render('file', cycle)),
    ...elementaryCycles(folders).map((cycle) => render('folder', cycle)),
  ].sort();
}

const found = await findCycles();
if (process.argv.includes('--write-baseline')) {
  writeFileSync(baselineFile, `${JSON.stringify({ comment: JSON.parse(readFileSync(baselineFile, 'utf8')).comment, cycles: found }, null, 2)}\n`);
  console.log(`import cycles: wrote ${found.length} known cycles to tools/lint/import-cycles.baseline.json`);
  process.exit(0);
}
const known = JSON.parse(readFileSync(baselineFile, 'utf8')).cycles;
const nieuw = found.filter((cycle) => !known.includes(cycle));
const weg = known.filter((cycle) => !found.includes(cycle));
for (const cycle of nieuw) console.error(`error  import cycle not in the baseline:  ${cycle}`);
for (const cycle of weg) console.error(`error  baseline cycle no longer occurs (remove it from tools/lint/import-cycles.baseline.json):  ${cycle}`);
if (found.length >= MAX_CYCLES) console.error(`error  more than ${MAX_CYCLES} cycles; listing stopped`);
if (nieuw.length > 0 || weg.length > 0 || found.length >= MAX_CYCLES) process.exit(1);
console.log(`import cycles: none new (${known.length} known, in tools/lint/import-cycles.baseline.json)`);
