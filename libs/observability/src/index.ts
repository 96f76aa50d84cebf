export * from './correlation-id';
export * from './correlation-context';
export * from './correlation.middleware';
export * from './http-metrics';
export * from './logging.module';
export * from './metrics.controller';
