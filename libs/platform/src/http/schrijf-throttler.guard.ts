import { ExecutionContext, Injectable } from '@nestjs/common';
import { ThrottlerGuard } from '@nestjs/throttler';
import { type AuthenticatedRequest, type ToegangRequest, TOEGANGSBELEID } from '@sluitend/auth';

const SCHRIJVEN = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** Whether the request writes (POST, PUT, PATCH, DELETE): counted against WRITE_RATE_LIMIT, else LOOKUP_RATE_LIMIT. */
export function isSchrijfverzoek(context: ExecutionContext): boolean {
  return SCHRIJVEN.has(context.switchToHttp().getRequest<AuthenticatedRequest>().method);
}

/**
 * A lookup route: a read of personal data per the policy table (`persoonsgegevens`) — the dossier, aanmeldingen and
 * monitor searches by student, alerts, cases, verzuimmeldingen. Known from the route the access guard matched.
 */
export function isOpzoekverzoek(context: ExecutionContext): boolean {
  const route = context.switchToHttp().getRequest<ToegangRequest>().toegang?.route;
  return route !== undefined && route.startsWith('GET ') && TOEGANGSBELEID[route]?.persoonsgegevens === true;
}

/**
 * Rate limits per caller (issue 11): every POST, PUT, PATCH and DELETE counts against WRITE_RATE_LIMIT, every lookup
 * route (a GET that reads personal data) against LOOKUP_RATE_LIMIT, each per route per minute, for its caller — the
 * token's organisation and user, or the address when there is no token. The one over the limit gets 429
 * problem+json with Retry-After. Other reads (health, metrics, counts, settings) are not counted. Runs after the JWT
 * and access guards.
 */
@Injectable()
export class SchrijfThrottlerGuard extends ThrottlerGuard {
  protected override async shouldSkip(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    return !isSchrijfverzoek(context) && !isOpzoekverzoek(context);
  }

  protected override async getTracker(request: Record<string, unknown>): Promise<string> {
    const user = (request as unknown as AuthenticatedRequest).user;
    return user ? `${user.org.type}:${user.org.code}:${user.sub}` : `ip:${String(request.ip)}`;
  }
}
