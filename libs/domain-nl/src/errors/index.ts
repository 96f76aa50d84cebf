export { DomainNlError } from './domain-nl-error';
export type { DomainNlErrorCode } from './domain-nl-error';
export * from './domain-error';
