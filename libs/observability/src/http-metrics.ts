import type { IncomingMessage, ServerResponse } from 'node:http';
import { Histogram } from 'prom-client';

export const httpRequestDuration = new Histogram({
  name: 'sluitend_http_request_duration_seconds',
  help: 'HTTP requests by method, route template (never a raw URL) and status',
  labelNames: ['method', 'route', 'status'] as const,
  buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
});

type RoutedRequest = IncomingMessage & { route?: { path?: unknown }; baseUrl?: string };

/** The route template that answered (`/api/overstap/dossiers/:id`), or `unmatched`: ids never become labels. */
export function routeOf(request: RoutedRequest): string {
  const path = request.route?.path;
  return typeof path === 'string' ? `${request.baseUrl ?? ''}${path}` : 'unmatched';
}

/** Times every request until its response is finished, labelled by the route template Express matched. */
export function httpMetricsMiddleware(request: RoutedRequest, response: ServerResponse, next: () => void): void {
  const started = process.hrtime.bigint();
  response.once('finish', () => {
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    httpRequestDuration.observe({ method: request.method ?? 'GET', route: routeOf(request), status: String(response.statusCode) }, seconds);
  });
  next();
}
