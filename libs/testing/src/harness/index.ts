export * from './wait-for';
export * from './test-run';
export * from './infrastructure';
export * from './node-process';
export * from './database';
export * from './service-under-test';
export * from './mail-sink';
export * from './service-test-context';
