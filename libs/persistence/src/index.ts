export * from './data-source.factory';
export * from './run-migrations';
export * from './messaging-tables.migration';
export * from './persistence.module';
export * from './update-returning';
export * from './rows';
export * from './messaging-reliability.migration';
export * from './messaging-migrations';
