/**
 * Where a service keeps its audit of personal-data reads, as one SELECT giving the common columns `gebruiker`,
 * `organisatie` (`type:code`), `onderwerp` (the id(s) read, text), `reden` and `op`. The kernel lists and exports it
 * for the organisation's functionaris gegevensbescherming (issue 11).
 */
export type AuditBron = { select: string };

export const AUDIT_BRON = Symbol.for('sluitend.audit-bron');
