import { DataSource, EntitySchema, MixedList } from 'typeorm';

export type ServiceDataSourceOptions = {
  url: string;
  /** The service's own PostgreSQL schema; no service reads another's. */
  schema: string;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- TypeORM's own type for entity classes
  entities: MixedList<Function | string | EntitySchema>;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- TypeORM's own type for migration classes
  migrations: MixedList<Function | string>;
  poolSize?: number;
  applicationName?: string;
};

/**
 * One DataSource per service schema. Migrations only (never synchronize); entities and migrations are passed as
 * classes, not globs, so bundling cannot break them.
 */
export function createServiceDataSource(options: ServiceDataSourceOptions): DataSource {
  return new DataSource({
    type: 'postgres',
    url: options.url,
    schema: options.schema,
    entities: options.entities,
    migrations: options.migrations,
    migrationsTableName: 'typeorm_migrations',
    migrationsTransactionMode: 'each',
    synchronize: false,
    migrationsRun: false,
    // TypeORM's error log prints the query parameters, which hold personal data: errors reach our own handlers.
    logging: false,
    extra: {
      max: options.poolSize ?? 10,
      application_name: options.applicationName ?? options.schema,
      // No JIT: every statement of a service is short, and the planner's estimates before autovacuum has analysed a
      // fresh table set the JIT threshold off — rapportage's JiKP read spent 398 of 466 ms compiling (51 ms without).
      options: `-c search_path=${options.schema},public -c jit=off`,
    },
  });
}
