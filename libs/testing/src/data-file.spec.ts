import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TESTING_DATA_DIR_ENV, resolveTestingDataFile } from './data-file';

describe('resolveTestingDataFile', () => {
  it('finds the repository copy from the sources', () => {
    expect(resolveTestingDataFile('vo-vestigingen-2024-11.csv', {})).toMatch(/libs\/testing\/data\/vo-vestigingen-2024-11\.csv$/);
  });

  it('prefers dist/libs/testing/data when running from compiled output', () => {
    const root = mkdtempSync(join(tmpdir(), 'testing-data-'));
    const compiled = join(root, 'dist', 'libs', 'testing', 'src', 'synthetic');
    mkdirSync(compiled, { recursive: true });
    mkdirSync(join(root, 'dist', 'libs', 'testing', 'data'), { recursive: true });
    mkdirSync(join(root, 'libs', 'testing', 'data'), { recursive: true });
    writeFileSync(join(root, 'dist', 'libs', 'testing', 'data', 'x.csv'), 'dist');
    writeFileSync(join(root, 'libs', 'testing', 'data', 'x.csv'), 'repo');
    expect(resolveTestingDataFile('x.csv', {}, compiled)).toBe(join(root, 'dist', 'libs', 'testing', 'data', 'x.csv'));
  });

  it('uses only SLUITEND_DATA_DIR when set, and names where it looked', () => {
    const dir = mkdtempSync(join(tmpdir(), 'testing-data-'));
    writeFileSync(join(dir, 'y.csv'), 'y');
    expect(resolveTestingDataFile('y.csv', { [TESTING_DATA_DIR_ENV]: dir })).toBe(join(dir, 'y.csv'));
    expect(() => resolveTestingDataFile('vo-vestigingen-2024-11.csv', { [TESTING_DATA_DIR_ENV]: dir })).toThrow(dir);
  });
});
