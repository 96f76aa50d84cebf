import { Injectable } from '@nestjs/common';
import { createHash, randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { z } from 'zod';
import { Claims, claimsSchema } from '@sluitend/auth';

/** Whose a ticket is: what the stream's scope and access need (no name). */
export type LiveHouder = Pick<Claims, 'sub' | 'org' | 'roles'>;
const houderSchema = claimsSchema.omit({ name: true });
import { rows } from '@sluitend/persistence';

export const LIVE_TICKET_SECONDEN = 30;

const hash = (ticket: string) => createHash('sha256').update(ticket).digest('hex');

const ticketRij = z.object({
  sub: z.string(),
  org_type: z.string(),
  org_code: z.string(),
  roles: z.array(z.string()),
});

/**
 * One-time tickets for a live stream (EventSource cannot send an Authorization header): an authenticated POST gets a
 * random ticket (32 bytes) bound to one stream, valid 30 seconds (the database's time: a security limit, not domain
 * time, so a demo clock jump does not expire it), and the stream's GET redeems it once. Only its hash is stored, in
 * the service's own database, so any replica can redeem a ticket another replica issued.
 */
@Injectable()
export class LiveTickets {
  constructor(private readonly dataSource: DataSource) {}

  async geef(stroom: string, claims: LiveHouder): Promise<{ ticket: string; verlooptOp: Date }> {
    const ticket = randomBytes(32).toString('base64url');
    const [rij] = await rows(
      this.dataSource,
      z.object({ verloopt_op: z.date() }),
      `INSERT INTO live_ticket (hash, stroom, sub, org_type, org_code, roles, verloopt_op)
       VALUES ($1, $2, $3, $4, $5, $6, now() + make_interval(secs => $7)) RETURNING verloopt_op`,
      [hash(ticket), stroom, claims.sub, claims.org.type, claims.org.code, claims.roles, LIVE_TICKET_SECONDEN],
    );
    return { ticket, verlooptOp: rij.verloopt_op };
  }

  /** The claims a valid ticket for this stream was issued to, once (the ticket is gone after); expired ones are cleared. */
  async wissel(stroom: string, ticket: string): Promise<LiveHouder | undefined> {
    const [rij] = await rows(
      this.dataSource,
      ticketRij,
      `WITH verlopen AS (DELETE FROM live_ticket WHERE verloopt_op < now() - interval '1 minute')
       DELETE FROM live_ticket WHERE hash = $1 AND stroom = $2 AND verloopt_op > now() RETURNING sub, org_type, org_code, roles`,
      [hash(ticket), stroom],
    );
    if (!rij) return undefined;
    const claims = houderSchema.safeParse({ sub: rij.sub, org: { type: rij.org_type, code: rij.org_code }, roles: rij.roles });
    return claims.success ? claims.data : undefined;
  }
}
