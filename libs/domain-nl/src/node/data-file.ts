import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { DomainNlError } from '../errors/domain-nl-error';

/** Env var naming a directory that holds the libraries' data files (overrides the search below). */
export const DATA_DIR_ENV = 'SLUITEND_DATA_DIR';

/**
 * Absolute path of a data file of a library of this repository (`libs/<lib>/data/<file>`).
 * 1. If `SLUITEND_DATA_DIR` is set: `<dir>/<file>` or `<dir>/libs/<lib>/data/<file>`; nothing else is tried.
 * 2. Otherwise walk up from `startDir` (the calling module's directory) and take the first
 *    `<ancestor>/libs/<lib>/data/<file>`: from the sources that is the repository copy; from compiled output
 *    (`dist/libs/<lib>/src/…`) it is `dist/libs/<lib>/data`, which the build copies.
 */
export function resolveLibDataFile(lib: string, fileName: string, env: Readonly<Record<string, string | undefined>>, startDir: string): string {
  const libDataDir = join('libs', lib, 'data');
  const override = env[DATA_DIR_ENV];
  const candidates: string[] = [];
  if (override !== undefined && override !== '') {
    candidates.push(join(override, fileName), join(override, libDataDir, fileName));
  } else {
    for (let dir = startDir; ; dir = dirname(dir)) {
      candidates.push(join(dir, libDataDir, fileName));
      if (dirname(dir) === dir) break;
    }
  }
  const found = candidates.find((candidate) => existsSync(candidate));
  if (found === undefined) {
    throw new DomainNlError(
      'DATABESTAND_NIET_GEVONDEN',
      `Databestand ${fileName} niet gevonden (gezocht: ${candidates.join(', ')}); ` + `zet ${DATA_DIR_ENV} op de map met de data`,
    );
  }
  return found;
}
