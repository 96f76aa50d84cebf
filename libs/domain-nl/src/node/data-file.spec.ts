import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DATA_DIR_ENV, resolveLibDataFile } from './data-file';

const resolveDataFile = (file: string, env: Record<string, string>, startDir = __dirname) => resolveLibDataFile('domain-nl', file, env, startDir);

describe('resolveLibDataFile', () => {
  const root = mkdtempSync(join(tmpdir(), 'domain-nl-data-'));
  const distData = join(root, 'dist', 'libs', 'domain-nl', 'data');
  const compiledDir = join(root, 'dist', 'libs', 'domain-nl', 'src', 'gemeenten');
  mkdirSync(distData, { recursive: true });
  mkdirSync(compiledDir, { recursive: true });
  writeFileSync(join(distData, 'x.csv'), 'a\n');
  const overrideDir = join(root, 'elders');
  mkdirSync(overrideDir);
  writeFileSync(join(overrideDir, 'x.csv'), 'b\n');

  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('finds the shipped file from the sources', () => {
    expect(resolveDataFile('gemeenten-rmc.csv', {})).toMatch(/libs[/\\]domain-nl[/\\]data[/\\]gemeenten-rmc\.csv$/);
  });

  it('finds dist/libs/domain-nl/data from compiled output', () => {
    expect(resolveDataFile('x.csv', {}, compiledDir)).toBe(join(distData, 'x.csv'));
  });

  it('uses SLUITEND_DATA_DIR when set, and only that', () => {
    expect(resolveDataFile('x.csv', { [DATA_DIR_ENV]: overrideDir }, compiledDir)).toBe(join(overrideDir, 'x.csv'));
    expect(resolveDataFile('x.csv', { [DATA_DIR_ENV]: join(root, 'dist') }, compiledDir)).toBe(join(distData, 'x.csv'));
    expect(() => resolveDataFile('y.csv', { [DATA_DIR_ENV]: overrideDir }, compiledDir)).toThrow(
      expect.objectContaining({ code: 'DATABESTAND_NIET_GEVONDEN' }),
    );
  });
});
