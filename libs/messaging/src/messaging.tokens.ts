export const MESSAGING_CONFIG = Symbol('MESSAGING_CONFIG');
export const KAFKA = Symbol('KAFKA');
