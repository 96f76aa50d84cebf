import { createServer, IncomingMessage, Server, ServerResponse } from 'node:http';
import type { Provider } from 'oidc-provider';
import { InteractionHttp } from './interactions/interaction.http';
import { PAGE_CSP } from './pages/layout';

const INTERACTION = /^\/interaction\/([A-Za-z0-9_-]{1,64})(?:\/(login|abort))?$/;

/** Headers on every answer: no sniffing, no framing, no referrer, and pages that load nothing but their own style. */
function securityHeaders(response: ServerResponse): void {
  response.setHeader('content-security-policy', PAGE_CSP);
  response.setHeader('x-content-type-options', 'nosniff');
  response.setHeader('x-frame-options', 'DENY');
  response.setHeader('referrer-policy', 'no-referrer');
  response.setHeader('cross-origin-opener-policy', 'same-origin');
}

/** The provider's HTTP server: its login pages, a health check, and everything else by oidc-provider itself. */
export function createOidcServer(provider: Provider, interactions: InteractionHttp): Server {
  const callback = provider.callback();
  return createServer((request: IncomingMessage, response: ServerResponse) => {
    securityHeaders(response);
    const path = (request.url ?? '/').split('?')[0];
    if (path === '/health') {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end('{"status":"ok"}');
      return;
    }
    const interaction = INTERACTION.exec(path);
    if (interaction) {
      void interactions.handle(request, response, interaction[1], (interaction[2] ?? '') as '' | 'login' | 'abort');
      return;
    }
    void callback(request, response);
  });
}
