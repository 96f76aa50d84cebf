// @sluitend/domain-nl: browser-safe (no Node built-ins; the lint config enforces it). Node-only parts — pseudonyms,
// BSN encryption, data-file lookup — are in @sluitend/domain-nl/node.
export * from './csv';
export * from './errors';
export * from './gemeenten';
export * from './identifiers';
export * from './plichten';
export * from './random';
export * from './time';
