import { ParsedEvent, SignaalType } from '@sluitend/contracts';

/** Any signal event notificaties routes. */
export type SignaalEvent = { [T in SignaalType]: ParsedEvent<T> }[SignaalType];
