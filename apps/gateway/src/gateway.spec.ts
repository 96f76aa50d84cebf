import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FastifyInstance } from 'fastify';
import { GATEWAY_SERVICES, GatewayConfig } from './config';
import { createGateway } from './gateway';

/** A stand-in service: answers every request with what it received. */
let upstream: Server;
let gateway: FastifyInstance;
let base: string;
let volgende: () => void = () => undefined;

/** Real HTTP (fastify's inject needs an ESM-only module that jest cannot load). */
async function inject(request: { method: string; url: string; headers?: Record<string, string>; payload?: unknown }) {
  const response = await fetch(`${base}${request.url}`, {
    method: request.method,
    headers: request.headers,
    body: request.payload === undefined ? undefined : JSON.stringify(request.payload),
  });
  const body = await response.text();
  return { statusCode: response.status, headers: Object.fromEntries(response.headers), body, json: () => JSON.parse(body) as unknown };
}
const web = mkdtempSync(join(tmpdir(), 'gateway-web-'));

beforeAll(async () => {
  writeFileSync(join(web, 'index.html'), '<!doctype html><title>Sluitend</title>');
  mkdirSync(join(web, 'assets'));
  writeFileSync(join(web, 'assets', 'app-abc123.js'), 'console.log(1)');
  upstream = createServer((request, response) => {
    if (request.url?.includes('/live/')) {
      // A live stream: one event now, the next only when the test asks for it, then the end.
      response.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store' });
      response.write('event: alerts\ndata: {"aantal":1}\n\n');
      volgende = () => response.end('event: alerts\ndata: {"aantal":2}\n\n');
      return;
    }
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString()));
    request.on('end', () => {
      response.setHeader('content-type', 'application/json');
      response.end(JSON.stringify({ method: request.method, url: request.url, authorization: request.headers.authorization ?? null, body }));
    });
  });
  await new Promise<void>((resolve) => upstream.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(upstream.address() as AddressInfo).port}`;
  const config: GatewayConfig = {
    host: '127.0.0.1',
    port: 0,
    webDist: web,
    upstreams: Object.fromEntries(GATEWAY_SERVICES.map((service) => [service, url])) as GatewayConfig['upstreams'],
    portal: { oidcIssuer: 'http://127.0.0.1:3109', clientId: 'sluitend-portal', demo: true },
    logLevel: 'silent',
  };
  gateway = await createGateway(config);
  base = await gateway.listen({ host: '127.0.0.1', port: 0 });
});

afterAll(async () => {
  await gateway.close();
  await new Promise((resolve) => upstream.close(resolve));
});

describe('the gateway', () => {
  it('proxies /api/<service>/… unchanged, with the bearer token and the body', async () => {
    const response = await inject({
      method: 'POST',
      url: '/api/notificaties/alerts/a1/opgepakt?x=1',
      headers: { authorization: 'Bearer t', 'content-type': 'application/json' },
      payload: { toegewezenAan: 'me' },
    });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({
      method: 'POST',
      url: '/api/notificaties/alerts/a1/opgepakt?x=1',
      authorization: 'Bearer t',
      body: '{"toegewezenAan":"me"}',
    });
  });

  it('passes a live stream (server-sent events) through event by event, without buffering', async () => {
    const response = await fetch(`${base}/api/notificaties/live/alerts?ticket=abc`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/event-stream');
    const reader = response.body!.getReader();
    const eerste = new TextDecoder().decode((await reader.read()).value);
    // The first event arrived while the service still holds the stream open.
    expect(eerste).toBe('event: alerts\ndata: {"aantal":1}\n\n');
    volgende();
    let rest = '';
    for (let deel = await reader.read(); !deel.done; deel = await reader.read()) rest += new TextDecoder().decode(deel.value);
    expect(rest).toBe('event: alerts\ndata: {"aantal":2}\n\n');
  });

  it("answers a service's readiness at /api/<service>/health/ready from its /health/ready", async () => {
    const response = await inject({ method: 'GET', url: '/api/overstap/health/ready' });
    expect(response.json()).toMatchObject({ method: 'GET', url: '/health/ready' });
  });

  it('serves index.html for a deep link, and the assets with a long cache', async () => {
    const page = await inject({ method: 'GET', url: '/rmc/inbox/0b6f?status=nieuw' });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('<title>Sluitend</title>');
    expect(page.headers['cache-control']).toBe('no-cache');
    expect(page.headers['content-security-policy']).toContain("connect-src 'self' http://127.0.0.1:3109");
    expect(page.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    const asset = await inject({ method: 'GET', url: '/assets/app-abc123.js' });
    expect(asset.statusCode).toBe(200);
    expect(asset.headers['cache-control']).toContain('immutable');
  });

  it('answers 404 problem+json for an unknown API path or asset instead of the portal', async () => {
    for (const url of ['/api/onbekend/x', '/assets/weg.js']) {
      const response = await inject({ method: 'GET', url });
      expect(response.statusCode).toBe(404);
      expect(response.headers['content-type']).toContain('application/problem+json');
    }
  });

  it('tells the portal where to log in', async () => {
    const response = await inject({ method: 'GET', url: '/config.json' });
    expect(response.json()).toEqual({ oidcIssuer: 'http://127.0.0.1:3109', clientId: 'sluitend-portal', demo: true });
  });
});
