// Writes libs/domain-nl/src/gemeenten/gemeenten-data.generated.ts from the data files in libs/domain-nl/data/, so the
// browser-safe part of @sluitend/domain-nl (woongemeente checks in the API schemas) has the table without reading a
// file. The CSV files stay the source: replace them, then run `node tools/generate-gemeenten-data.mjs`
// (a unit test fails while the two differ).
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const lib = join(dirname(fileURLToPath(import.meta.url)), '..', 'libs', 'domain-nl');

export function renderGemeentenData() {
  const csv = (file) => JSON.stringify(readFileSync(join(lib, 'data', file), 'utf8'));
  return [
    '// Generated from libs/domain-nl/data/*.csv by `node tools/generate-gemeenten-data.mjs`; do not edit by hand.',
    '',
    '/** data/gemeenten-rmc.csv (see data/SOURCE.md). */',
    `export const GEMEENTEN_RMC_CSV = ${csv('gemeenten-rmc.csv')};`,
    '',
    '/** data/gemeente-aliassen.csv (see data/SOURCE.md). */',
    `export const GEMEENTE_ALIASSEN_CSV = ${csv('gemeente-aliassen.csv')};`,
    '',
  ].join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(join(lib, 'src', 'gemeenten', 'gemeenten-data.generated.ts'), renderGemeentenData());
  console.log('wrote libs/domain-nl/src/gemeenten/gemeenten-data.generated.ts');
}
