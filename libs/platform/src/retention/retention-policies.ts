import { Injectable } from '@nestjs/common';

/**
 * One table whose old rows the platform deletes: rows whose `column` (a timestamptz) lies more than `keepForMs` in
 * the past, optionally only those matching `where` (SQL written in code, never from input). Measured on the
 * database's own clock: retention is about storage, and the demo clock does not age data.
 */
export type RetentionPolicy = {
  /** Names the policy in metrics and logs, e.g. `inbox` or `bezorgpogingen`. */
  name: string;
  /** The table, in the service's schema (`bezorgpoging`) or schema-qualified (`notificaties.bezorgpoging`). */
  table: string;
  /** A timestamptz column; give it an index, the sweep and the due-row count range over it. */
  column: string;
  keepForMs: number;
  where?: string;
};

const IDENTIFIER = /^[a-z_][a-z0-9_]{0,62}$/;

/**
 * The retention policies of a service. The platform registers the inbox; a capability adds its own tables (delivery
 * attempts, audit rows …) while the app starts, e.g. in its module's `onModuleInit`:
 * `this.retention.add({ name: 'bezorgpogingen', table: 'bezorgpoging', column: 'verstuurd_op', keepForMs })`.
 */
@Injectable()
export class RetentionPolicies {
  private readonly policies = new Map<string, RetentionPolicy>();

  add(policy: RetentionPolicy): void {
    const parts = policy.table.split('.');
    if (parts.length > 2 || !parts.every((part) => IDENTIFIER.test(part)))
      throw new Error(`retention: invalid table name ${JSON.stringify(policy.table)}`);
    if (!IDENTIFIER.test(policy.column)) throw new Error(`retention: invalid column name ${JSON.stringify(policy.column)}`);
    if (!(policy.keepForMs > 0)) throw new Error(`retention: ${policy.name} keeps rows for ${policy.keepForMs} ms`);
    if (this.policies.has(policy.name)) throw new Error(`retention: two policies are named ${policy.name}`);
    this.policies.set(policy.name, policy);
  }

  list(): RetentionPolicy[] {
    return [...this.policies.values()];
  }
}

/** `schema.table` quoted, the table taken in `schema` when it names none. */
export function qualifiedTable(policy: RetentionPolicy, schema: string): string {
  const parts = policy.table.split('.');
  const [tableSchema, table] = parts.length === 2 ? parts : [schema, parts[0]];
  return `"${tableSchema}"."${table}"`;
}
