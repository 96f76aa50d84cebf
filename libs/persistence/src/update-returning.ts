import type { DataSource, EntityManager } from 'typeorm';

/**
 * Runs an UPDATE or DELETE … RETURNING and gives its rows. (TypeORM's postgres driver answers those statements with
 * `[rows, affectedCount]` instead of the rows that INSERT and SELECT give.)
 */
export async function updateReturning<T>(runner: EntityManager | DataSource, sql: string, parameters: unknown[]): Promise<T[]> {
  const result: unknown = await runner.query(sql, parameters);
  return Array.isArray(result) && result.length === 2 && Array.isArray(result[0]) && typeof result[1] === 'number'
    ? (result[0] as T[])
    : (result as T[]);
}
