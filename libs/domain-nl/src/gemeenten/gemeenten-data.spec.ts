import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ALIASSEN_BESTAND, GEMEENTEN_BESTAND } from './gemeenten-bron';
import { GEMEENTE_ALIASSEN_CSV, GEMEENTEN_RMC_CSV } from './gemeenten-data.generated';

const dataFile = (name: string) => readFileSync(join(__dirname, '..', '..', 'data', name), 'utf8');

describe('gemeenten-data.generated.ts', () => {
  it('holds exactly the shipped data files (after replacing one: node tools/generate-gemeenten-data.mjs)', () => {
    expect(GEMEENTEN_RMC_CSV).toBe(dataFile(GEMEENTEN_BESTAND));
    expect(GEMEENTE_ALIASSEN_CSV).toBe(dataFile(ALIASSEN_BESTAND));
  });
});
