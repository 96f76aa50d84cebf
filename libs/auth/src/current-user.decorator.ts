import { createParamDecorator, ExecutionContext, UnauthorizedException } from '@nestjs/common';
import { Claims } from './claims';
import type { AuthenticatedRequest } from './jwt-auth.guard';

/** The verified claims of the caller. */
export const CurrentUser = createParamDecorator((_data: unknown, context: ExecutionContext): Claims => {
  const user = context.switchToHttp().getRequest<AuthenticatedRequest>().user;
  if (!user) throw new UnauthorizedException({ code: 'auth.token-missing', detail: 'Bearer token ontbreekt' });
  return user;
});
