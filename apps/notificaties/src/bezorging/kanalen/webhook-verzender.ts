import { Inject, Injectable } from '@nestjs/common';
import { NOTIFICATIES_ENV, NotificatiesEnv } from '../../config/notificaties-env';
import { Uitkomst } from '../domain/bezorging';
import { onderteken, WEBHOOK_HEADERS } from '../domain/handtekening';

/**
 * Calls an organisation's webhook: POST of the body, signed over the timestamp and body with its secret, no
 * redirects followed, aborted after WEBHOOK_TIMEOUT_MS. A 2xx is delivered; anything else is a failed attempt.
 */
@Injectable()
export class WebhookVerzender {
  constructor(@Inject(NOTIFICATIES_ENV) private readonly env: NotificatiesEnv) {}

  async verstuur(url: string, geheim: string, bezorgingId: string, body: string): Promise<Uitkomst> {
    // Unix seconds of the wall clock, not the demo clock: the receiver checks the timestamp's age against its own.
    const tijdstip = Math.floor(Date.now() / 1000);
    const response = await fetch(url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        [WEBHOOK_HEADERS.tijdstip]: String(tijdstip),
        [WEBHOOK_HEADERS.handtekening]: onderteken(geheim, tijdstip, body),
        [WEBHOOK_HEADERS.bezorging]: bezorgingId,
      },
      body,
      redirect: 'manual',
      signal: AbortSignal.timeout(this.env.WEBHOOK_TIMEOUT_MS),
    });
    await response.body?.cancel();
    return response.ok ? { gelukt: true, httpStatus: response.status } : { gelukt: false, httpStatus: response.status, fout: `HTTP ${response.status}` };
  }
}
