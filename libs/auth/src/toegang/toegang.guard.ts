import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { DomainError } from '@sluitend/domain-nl';
import type { AuthenticatedRequest } from '../jwt-auth.guard';
import { IS_PUBLIC } from '../public.decorator';
import { beslis, routeSleutel, TOEGANGSBELEID } from './beleid';

/** What the guard found for the request: the route's key and purpose (read by the audit of personal-data reads). */
export type ToegangRequest = AuthenticatedRequest & { toegang?: { route: string; doel: string } };

/**
 * Enforces the policy table (TOEGANGSBELEID) on every HTTP route, after the token is verified and before the body
 * is validated: 403 problem+json for an organisation type or role the table does not allow, and for a route the
 * table does not know (deny by default). Routes marked @Public() are left to the JWT guard's decision.
 */
@Injectable()
export class ToegangGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    if (context.getType() !== 'http') return true;
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [context.getHandler(), context.getClass()])) return true;
    const request = context.switchToHttp().getRequest<ToegangRequest>();
    const route = routeSleutel(request.method, (request.route as { path?: string } | undefined)?.path ?? request.path);
    const user = request.user;
    if (!user) throw DomainError.geenToegang('auth.token-missing', 'geen gebruiker bij dit verzoek');
    const beslissing = beslis(route, user.org.type, user.roles);
    if (!beslissing.toegestaan) throw DomainError.geenToegang(beslissing.code, beslissing.reden);
    request.toegang = { route, doel: TOEGANGSBELEID[route].doel };
    return true;
  }
}
