import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';

export type WebhookCall = { headers: Record<string, string>; body: string; at: number; status: number };

/** An HTTP endpoint standing in for an organisation's webhook: records every call; answers 200, or 500 while failing. */
export class WebhookReceiver {
  readonly calls: WebhookCall[] = [];
  failing = false;
  private server: Server | null = null;
  private port = 0;

  async start(): Promise<string> {
    this.server = createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        const headers = Object.fromEntries(Object.entries(request.headers).map(([name, value]) => [name, String(value)]));
        const status = this.failing ? 500 : 200;
        this.calls.push({ headers, body: Buffer.concat(chunks).toString('utf8'), at: Date.now(), status });
        response.writeHead(status).end();
      });
    });
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    this.port = (this.server.address() as AddressInfo).port;
    return `http://127.0.0.1:${this.port}/sluitend`;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}
