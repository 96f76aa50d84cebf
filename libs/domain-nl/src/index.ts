export * from './csv';
export * from './errors';
export * from './gemeenten';
export * from './identifiers';
export * from './plichten';
export * from './pseudonym';
export * from './random';
export * from './time';
