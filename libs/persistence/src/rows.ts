import type { DataSource, EntityManager } from 'typeorm';
import { z } from 'zod';

/** Where a repository runs a statement: the service's DataSource, or the EntityManager of a transaction. */
export type Runner = DataSource | EntityManager;

/**
 * TypeORM's postgres driver answers UPDATE and DELETE (with or without RETURNING) with `[rows, affectedCount]`, and
 * INSERT and SELECT with the rows.
 */
function splitResult(result: unknown): { rows: unknown[]; count: number } {
  if (Array.isArray(result) && result.length === 2 && Array.isArray(result[0]) && typeof result[1] === 'number') {
    return { rows: result[0], count: result[1] };
  }
  const rows = Array.isArray(result) ? result : [];
  return { rows, count: rows.length };
}

/** A row that does not have the shape its repository declared: a programming error, never the caller's. */
export class RowShapeError extends Error {
  constructor(statement: string, index: number, error: z.ZodError) {
    const where = statement.replace(/\s+/g, ' ').trim().slice(0, 80);
    super(
      `row ${index} of "${where}…" does not match its schema: ${error.issues.map((issue) => `${issue.path.join('.') || '(row)'} ${issue.message}`).join('; ')}`,
    );
    this.name = 'RowShapeError';
  }
}

/**
 * Runs a statement and checks every row it returns against `schema` at the boundary, so a repository's callers get
 * typed rows instead of unchecked casts. Messages name the column and the rule, never a value.
 */
export async function rows<S extends z.ZodType>(
  runner: Runner,
  schema: S,
  statement: string,
  parameters: unknown[] = [],
): Promise<Array<z.output<S>>> {
  const { rows: raw } = splitResult(await runner.query(statement, parameters));
  return raw.map((row, index) => {
    const parsed = schema.safeParse(row);
    if (!parsed.success) throw new RowShapeError(statement, index, parsed.error);
    return parsed.data;
  });
}

/** The first row (checked against `schema`), or undefined when there is none. */
export async function firstRow<S extends z.ZodType>(
  runner: Runner,
  schema: S,
  statement: string,
  parameters: unknown[] = [],
): Promise<z.output<S> | undefined> {
  return (await rows(runner, schema, statement, parameters))[0];
}

/** Runs a statement that returns no rows of interest and answers how many rows it touched. */
export async function execute(runner: Runner, statement: string, parameters: unknown[] = []): Promise<number> {
  return splitResult(await runner.query(statement, parameters)).count;
}

/** Runs `work` in `within` when the caller already has a transaction (a Kafka handler's), else in a new one. */
export function inTransaction<T>(
  dataSource: DataSource,
  within: EntityManager | undefined,
  work: (manager: EntityManager) => Promise<T>,
): Promise<T> {
  return within ? work(within) : dataSource.transaction(work);
}

/** Column types as node-postgres delivers them. */
export const column = {
  /** bigint and count(*) arrive as strings. */
  bigint: z.union([z.string(), z.number()]).transform((value) => Number(value)),
  timestamp: z.date(),
  nullableTimestamp: z.date().nullable(),
  uuid: z.string(),
};
