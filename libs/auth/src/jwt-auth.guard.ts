import { CanActivate, ExecutionContext, Inject, Injectable, Logger, ServiceUnavailableException, UnauthorizedException } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request, Response } from 'express';
import { Claims } from './claims';
import { IS_PUBLIC } from './public.decorator';
import { InvalidTokenError, TokenKeysUnavailableError, TokenVerifier } from './token-verifier';

export const TOKEN_VERIFIER = Symbol('TOKEN_VERIFIER');

export type AuthenticatedRequest = Request & { user?: Claims };

/**
 * Every HTTP route needs a valid bearer token unless marked @Public(): 401 for a missing or unacceptable token, 503
 * when the provider's keys cannot be fetched (the caller's token may be fine).
 */
@Injectable()
export class JwtAuthGuard implements CanActivate {
  private readonly logger = new Logger(JwtAuthGuard.name);

  constructor(
    private readonly reflector: Reflector,
    @Inject(TOKEN_VERIFIER) private readonly verify: TokenVerifier,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    const isPublic = this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [context.getHandler(), context.getClass()]);
    if (isPublic) return true;
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const header = request.headers.authorization;
    const challenge = (error?: string) =>
      context
        .switchToHttp()
        .getResponse<Response>()
        .setHeader('WWW-Authenticate', `Bearer realm="sluitend"${error ? `, error="${error}"` : ''}`);
    if (!header?.startsWith('Bearer ')) {
      challenge();
      throw new UnauthorizedException({ code: 'auth.token-missing', detail: 'Bearer token ontbreekt' });
    }
    try {
      request.user = await this.verify(header.slice('Bearer '.length).trim());
      return true;
    } catch (error) {
      if (error instanceof TokenKeysUnavailableError) {
        this.logger.warn(error.message);
        throw new ServiceUnavailableException({
          code: error.code,
          detail: 'de sleutels van de OpenID-provider zijn nu niet op te halen; probeer het zo opnieuw',
        });
      }
      challenge('invalid_token');
      const detail = error instanceof InvalidTokenError ? error.message : 'token ongeldig';
      throw new UnauthorizedException({ code: 'auth.token-invalid', detail });
    }
  }
}
