import { MessagingTables1732320000000 } from './messaging-tables.migration';
import { MessagingReliability1764547200000 } from './messaging-reliability.migration';

/** The platform's migrations of the outbox and inbox, in order: every service (and test fixture) lists them first. */
export const MESSAGING_MIGRATIONS = [MessagingTables1732320000000, MessagingReliability1764547200000];
