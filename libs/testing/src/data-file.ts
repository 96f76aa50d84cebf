import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** Env var naming a directory that holds the data files (same variable as `@sluitend/domain-nl` uses). */
export const TESTING_DATA_DIR_ENV = 'SLUITEND_DATA_DIR';

const LIB_DATA_DIR = join('libs', 'testing', 'data');

/**
 * Absolute path of a data file of this library, found the way `@sluitend/domain-nl` finds its own:
 * 1. If `SLUITEND_DATA_DIR` is set: `<dir>/<file>` or `<dir>/libs/testing/data/<file>`; nothing else is tried.
 * 2. Otherwise walk up from `startDir` (this module's directory) and take the first
 *    `<ancestor>/libs/testing/data/<file>`. From the sources (`libs/testing/src`, jest) that is the repository copy;
 *    from compiled output (`dist/libs/testing/src`) it is `dist/libs/testing/data`, which the build copies.
 */
export function resolveTestingDataFile(
  fileName: string,
  env: Readonly<Record<string, string | undefined>> = process.env,
  startDir: string = __dirname,
): string {
  const override = env[TESTING_DATA_DIR_ENV];
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
    throw new Error(
      `Databestand ${fileName} niet gevonden (gezocht: ${candidates.join(', ')}); zet ${TESTING_DATA_DIR_ENV} op de map met de data`,
    );
  }
  return found;
}
