import { DATA_DIR_ENV, resolveLibDataFile } from '@sluitend/domain-nl/node';

/** Env var naming a directory that holds the data files (same variable as `@sluitend/domain-nl` uses). */
export const TESTING_DATA_DIR_ENV = DATA_DIR_ENV;

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
  return resolveLibDataFile('testing', fileName, env, startDir);
}
