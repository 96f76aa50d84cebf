import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
import httpProxy from '@fastify/http-proxy';
import Fastify, { FastifyInstance, FastifyReply } from 'fastify';
import { GATEWAY_SERVICES, GatewayConfig } from './config';

/**
 * One origin for the browser: the built portal (every unknown GET path answers index.html, so a deep link survives a
 * reload) and `/api/<service>/…` proxied unchanged to that service, so the portal never needs CORS. A service's
 * readiness is reachable as `/api/<service>/health/ready` (proxied to its `/health/ready`, which holds no personal
 * data). A live stream (`/api/<service>/live/…`, server-sent events) passes through unbuffered, event by event.
 * `/config.json` tells the portal where to log in. The gateway keeps no state and reads no token: each service
 * checks the bearer token itself.
 */
export async function createGateway(config: GatewayConfig): Promise<FastifyInstance> {
  const app = Fastify({
    logger: {
      level: config.logLevel,
      redact: ['req.headers.authorization', 'req.headers.cookie'],
      // A live stream's one-time ticket (ADR 0021) is not logged either.
      serializers: {
        req: (request: { method: string; url: string; hostname?: string; ip?: string }) => ({
          method: request.method,
          url: request.url.replace(/([?&]ticket=)[^&]*/g, '$1…'),
          hostname: request.hostname,
          remoteAddress: request.ip,
        }),
      },
    },
    // The services answer big CSV imports themselves; the gateway only streams bodies through.
    bodyLimit: 64 * 1024 * 1024,
  });

  app.get('/health/live', async () => ({ status: 'ok' }));
  app.get('/health/ready', async () => ({ status: 'ok', portaal: existsSync(join(config.webDist, 'index.html')) }));
  app.get('/config.json', async (_request, reply) => {
    reply.header('cache-control', 'no-store');
    return config.portal;
  });

  for (const service of GATEWAY_SERVICES) {
    const upstream = config.upstreams[service];
    await app.register(httpProxy, { upstream, prefix: `/api/${service}/health`, rewritePrefix: '/health', httpMethods: ['GET'] });
    await app.register(httpProxy, { upstream, prefix: `/api/${service}`, rewritePrefix: `/api/${service}` });
  }

  const assets = resolve(config.webDist, 'assets');
  // Vite's assets carry a content hash in their name, so they may be cached for good.
  app.get('/assets/*', async (request, reply) => {
    const file = resolve(assets, (request.params as { '*': string })['*']);
    const content = file.startsWith(assets + sep) ? await readFile(file).catch(() => undefined) : undefined;
    if (!content) return notFound(request.method, request.url, reply);
    return reply
      .type(CONTENT_TYPES[extname(file)] ?? 'application/octet-stream')
      .header('cache-control', 'public, max-age=31536000, immutable')
      .send(content);
  });
  for (const file of ['favicon.svg', 'robots.txt']) {
    const content = await readFile(join(config.webDist, file)).catch(() => undefined);
    if (content)
      app.get(`/${file}`, (_request, reply) =>
        reply
          .type(CONTENT_TYPES[extname(file)] ?? 'text/plain')
          .header('cache-control', 'no-cache')
          .send(content),
      );
  }

  // index.html is read per request: a rebuilt portal is served without restarting the gateway.
  app.setNotFoundHandler(async (request, reply) => {
    const path = request.url.split('?')[0];
    if ((request.method !== 'GET' && request.method !== 'HEAD') || path.startsWith('/api/') || path.startsWith('/assets/'))
      return notFound(request.method, path, reply);
    const index = await readFile(join(config.webDist, 'index.html')).catch(() => undefined);
    if (!index) {
      return reply
        .code(503)
        .type('text/plain; charset=utf-8')
        .send(`Het portaal is niet gebouwd (${config.webDist} ontbreekt): ./sluitend up bouwt het.`);
    }
    return reply.type('text/html; charset=utf-8').header('cache-control', 'no-cache').headers(securityHeaders(config)).send(index);
  });

  return app;
}

const CONTENT_TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.json': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json',
};

function notFound(method: string, url: string, reply: FastifyReply) {
  const path = url.split('?')[0];
  return reply
    .code(404)
    .type('application/problem+json')
    .send({ type: 'about:blank', title: 'Niet gevonden', status: 404, detail: `${method} ${path} bestaat niet`, code: 'gateway.not-found' });
}

/**
 * The portal page's security headers: scripts, styles and data only from this origin (the build has no inline script
 * or style), tokens fetched from the OpenID provider, no framing, no referrer beyond the origin.
 */
function securityHeaders(config: GatewayConfig): Record<string, string> {
  const provider = new URL(config.portal.oidcIssuer).origin;
  return {
    'content-security-policy': [
      "default-src 'self'",
      `connect-src 'self' ${provider}`,
      "img-src 'self' data:",
      "style-src 'self'",
      "script-src 'self'",
      "object-src 'none'",
      "base-uri 'self'",
      `form-action 'self' ${provider}`,
      "frame-ancestors 'none'",
    ].join('; '),
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'same-origin',
  };
}
