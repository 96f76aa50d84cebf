/**
 * What went wrong, in terms a caller can act on. The HTTP adapter maps it to a status (libs/platform's problem
 * filter); the Kafka transport dead-letters a permanent error at once and retries a transient one.
 */
export type DomainErrorKind =
  /** The input breaks a rule (a field, a row of a file). */
  | 'ongeldig'
  /** What the caller refers to does not exist — or does not exist for this caller. */
  | 'niet-gevonden'
  /** The caller may not do this (organisation type, role, purpose). */
  | 'geen-toegang'
  /** The current state does not allow it (a transition, a duplicate, a held resource). */
  | 'conflict'
  /** The caller's version is stale (optimistic locking: If-Match). */
  | 'verouderd'
  /** A change must name the version it was made on and did not (If-Match missing: 428 Precondition Required). */
  | 'versie-vereist'
  /** Too much at once (rows, bytes). */
  | 'te-groot'
  /** A dependency is briefly unavailable; trying again later may succeed. */
  | 'tijdelijk';

/** One field (or one row and column of a file) and the rule it broke. */
export type DomainIssue = { field: string; rule: string; message: string; row?: number };

export type DomainErrorOptions = {
  /** The fields or rows concerned. */
  issues?: readonly DomainIssue[];
  /** Extra facts for the caller, e.g. the allowed transitions (`toegestaan`). Never personal data. */
  details?: Readonly<Record<string, unknown>>;
  cause?: unknown;
};

/**
 * The error every use case throws: a stable `code` (`<capability>.<what>`, e.g. `aanmelding.overgang-niet-toegestaan`),
 * a kind, a Dutch message for people, and the fields it concerns. Messages never contain a BSN or a name.
 */
export class DomainError extends Error {
  readonly issues: readonly DomainIssue[];
  readonly details: Readonly<Record<string, unknown>>;

  constructor(
    readonly kind: DomainErrorKind,
    readonly code: string,
    message: string,
    options: DomainErrorOptions = {},
  ) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'DomainError';
    this.issues = options.issues ?? [];
    this.details = options.details ?? {};
  }

  /** Permanent: the same input will fail the same way, so a message is dead-lettered at once instead of retried. */
  get permanent(): boolean {
    return this.kind !== 'tijdelijk';
  }

  static ongeldig(code: string, message: string, issues: readonly DomainIssue[], details?: Record<string, unknown>): DomainError {
    return new DomainError('ongeldig', code, message, { issues, details });
  }

  static nietGevonden(code: string, message: string): DomainError {
    return new DomainError('niet-gevonden', code, message);
  }

  static geenToegang(code: string, message: string, details?: Record<string, unknown>): DomainError {
    return new DomainError('geen-toegang', code, message, { details });
  }

  static conflict(code: string, message: string, details?: Record<string, unknown>): DomainError {
    return new DomainError('conflict', code, message, { details });
  }
}

export const isDomainError = (error: unknown): error is DomainError => error instanceof DomainError;
