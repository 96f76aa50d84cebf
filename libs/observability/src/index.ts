export * from './correlation-id';
export * from './logging.module';
export * from './metrics.controller';
