import { Claims } from '@sluitend/auth';

/**
 * What a use case of trajecten gets: its validated input, the caller (when a person starts it) and the
 * correlation id that its events carry.
 */
export type Command<Input> = { input: Input; actor: Claims; correlationId: string };

/** A use case the platform starts itself (an event, a schedule): no person behind it. */
export type SystemCommand<Input> = { input: Input; correlationId: string };
