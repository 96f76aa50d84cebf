import { INestApplication, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { createServer, Server, Socket } from 'node:net';
import { AddressInfo } from 'node:net';
import { ProblemDetailsFilter } from '../http/problem-details.filter';
import { DatabaseProbe, HEALTH_OPTIONS } from './database-probe';
import { HealthController } from './health.controller';
import { Liveness } from './liveness';

/**
 * Readiness answers for the database only, fast: 200 when it answers, 503 problem+json with a short reason within
 * the timeout when it refuses connections or hangs. (That a stopped Kafka leaves readiness at 200 is R2 of the
 * reliability suite, on a private broker.)
 */
const TIMEOUT_MS = 800;
const apps: INestApplication[] = [];
const sockets: Socket[] = [];

async function healthApp(databaseUrl: string): Promise<string> {
  @Module({
    controllers: [HealthController],
    providers: [{ provide: HEALTH_OPTIONS, useValue: { databaseUrl, timeoutMs: TIMEOUT_MS } }, DatabaseProbe, Liveness],
  })
  class HealthTestModule {}
  const app = await NestFactory.create(HealthTestModule, { logger: false });
  app.useGlobalFilters(new ProblemDetailsFilter());
  await app.listen(0, '127.0.0.1');
  apps.push(app);
  return `http://127.0.0.1:${(app.getHttpServer().address() as AddressInfo).port}`;
}

/** A server that accepts connections and never answers: a database that hangs. */
async function blackHole(): Promise<Server> {
  const server = createServer((socket) => sockets.push(socket));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return server;
}

async function timed(url: string): Promise<{ status: number; type: string | null; body: Record<string, unknown>; ms: number }> {
  const started = Date.now();
  const response = await fetch(url);
  return {
    status: response.status,
    type: response.headers.get('content-type'),
    body: (await response.json()) as Record<string, unknown>,
    ms: Date.now() - started,
  };
}

afterAll(async () => {
  sockets.forEach((socket) => socket.destroy());
  for (const app of apps) await app.close();
});

describe('/health', () => {
  it('is ready when the database answers', async () => {
    const base = await healthApp(process.env.DATABASE_URL as string);
    const ready = await timed(`${base}/health/ready`);
    expect(ready.status).toBe(200);
    expect(ready.body).toMatchObject({ status: 'ok', database: { status: 'up' } });
    expect((await timed(`${base}/health/live`)).status).toBe(200);
  });

  it('answers 503 problem+json at once when the database refuses connections', async () => {
    const closed = await blackHole();
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    const base = await healthApp(`postgres://postgres@127.0.0.1:${port}/sluitend`);
    const ready = await timed(`${base}/health/ready`);
    expect(ready.status).toBe(503);
    expect(ready.type).toContain('application/problem+json');
    expect(ready.body).toMatchObject({ status: 503, code: 'health.not-ready', instance: '/health/ready' });
    expect(String(ready.body.detail)).toMatch(/^database: .*ECONNREFUSED/);
    expect(ready.ms).toBeLessThan(TIMEOUT_MS + 500);
  });

  it('answers 503 within the timeout when the database hangs', async () => {
    const hang = await blackHole();
    const base = await healthApp(`postgres://postgres@127.0.0.1:${(hang.address() as AddressInfo).port}/sluitend`);
    const ready = await timed(`${base}/health/ready`);
    expect(ready.status).toBe(503);
    expect(ready.body.detail).toMatch(/^database: .*(timeout|no answer within)/i);
    expect(ready.ms).toBeGreaterThanOrEqual(TIMEOUT_MS - 50);
    expect(ready.ms).toBeLessThan(TIMEOUT_MS + 700);
    hang.close();
  });

  it('fails liveness with the reason once a part of the process failed for good', async () => {
    const base = await healthApp(process.env.DATABASE_URL as string);
    apps[apps.length - 1].get(Liveness).fail('Kafka consumer crashed and kafkajs does not restart it: boom');
    const live = await timed(`${base}/health/live`);
    expect(live.status).toBe(503);
    expect(live.body).toMatchObject({ code: 'health.not-live', detail: 'Kafka consumer crashed and kafkajs does not restart it: boom' });
  });
});
