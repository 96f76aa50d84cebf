import { ExecutionContext, Injectable } from '@nestjs/common';
import { ThrottlerGuard } from '@nestjs/throttler';
import type { AuthenticatedRequest } from '@sluitend/auth';

/**
 * Rate limit on write routes (issue 11): every POST, PUT, PATCH and DELETE counts against its caller — the token's
 * organisation and user, or the address when there is no token — and the one over the limit gets 429 problem+json
 * with Retry-After. Reads are not counted here. Runs after the JWT and access guards.
 */
@Injectable()
export class SchrijfThrottlerGuard extends ThrottlerGuard {
  protected override async shouldSkip(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    const method = context.switchToHttp().getRequest<AuthenticatedRequest>().method;
    return ['GET', 'HEAD', 'OPTIONS'].includes(method);
  }

  protected override async getTracker(request: Record<string, unknown>): Promise<string> {
    const user = (request as unknown as AuthenticatedRequest).user;
    return user ? `${user.org.type}:${user.org.code}:${user.sub}` : `ip:${String(request.ip)}`;
  }
}
