import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { DomainNlError } from '../errors/domain-nl-error';

/** Env var naming a directory that holds this library's data files (overrides the search below). */
export const DATA_DIR_ENV = 'SLUITEND_DATA_DIR';

const LIB_DATA_DIR = join('libs', 'domain-nl', 'data');

/**
 * Absolute path of a data file of this library.
 * 1. If `SLUITEND_DATA_DIR` is set: `<dir>/<file>` or `<dir>/libs/domain-nl/data/<file>`; nothing else is tried.
 * 2. Otherwise walk up from `startDir` (this module's directory) and take the first
 *    `<ancestor>/libs/domain-nl/data/<file>`.
 *    From the sources (`libs/domain-nl/src/gemeenten`) that finds the repository copy; from compiled output
 *    (`dist/libs/domain-nl/src/gemeenten`) it finds `dist/libs/domain-nl/data` first, which the build copies.
 */
export function resolveDataFile(
  fileName: string,
  env: Readonly<Record<string, string | undefined>> = process.env,
  startDir: string = __dirname,
): string {
  const override = env[DATA_DIR_ENV];
  const candidates: string[] = [];
  if (override !== undefined && override !== '') {
    candidates.push(join(override, fileName), join(override, LIB_DATA_DIR, fileName));
  } else {
    for (let dir = startDir; ; dir = dirname(dir)) {
      candidates.push(join(dir, LIB_DATA_DIR, fileName));
      if (dirname(dir) === dir) break;
    }
  }
  const found = candidates.find((candidate) => existsSync(candidate));
  if (found === undefined) {
    throw new DomainNlError(
      'DATABESTAND_NIET_GEVONDEN',
      `Databestand ${fileName} niet gevonden (gezocht: ${candidates.join(', ')}); ` +
        `zet ${DATA_DIR_ENV} op de map met de data`,
    );
  }
  return found;
}
