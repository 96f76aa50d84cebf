import { lookup } from 'node:dns/promises';
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { isIP } from 'node:net';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { NOTIFICATIES_ENV, NotificatiesEnv } from '../../config/notificaties-env';
import { Uitkomst } from '../domain/bezorging';
import { onderteken, WEBHOOK_HEADERS } from '../domain/handtekening';
import { isOpenbaarAdres } from './webhook-adres';

/** What an organisation sees of a failed call (its delivery log): a category, never the underlying error's text. */
export const WEBHOOK_FOUTEN = {
  adres: 'adres niet toegestaan',
  schema: 'alleen https',
  dns: 'adres onbekend',
  verbinding: 'verbinding mislukt',
  tijd: 'geen antwoord binnen de tijd',
} as const;

class Geweigerd extends Error {
  constructor(
    readonly fout: string,
    detail: string,
  ) {
    super(detail);
  }
}

/**
 * Calls an organisation's webhook: POST of the body, signed over the timestamp and body with its secret, no
 * redirects followed, aborted after WEBHOOK_TIMEOUT_MS. A 2xx is delivered; anything else is a failed attempt.
 *
 * Against SSRF (issue 11 §6): only https (plain http in DEMO_MODE); the host is resolved at send time and every address
 * it resolves to must be public (not private, loopback, link-local, …) unless WEBHOOK_PRIVATE_ADRESSEN_TOESTAAN (a
 * test/demo receiver on loopback); the connection goes to the address checked (no second lookup, so no DNS rebinding),
 * with the host name for TLS and the Host header. The organisation sees a category of failure; details are logged.
 */
@Injectable()
export class WebhookVerzender {
  private readonly logger = new Logger(WebhookVerzender.name);

  constructor(@Inject(NOTIFICATIES_ENV) private readonly env: NotificatiesEnv) {}

  async verstuur(url: string, geheim: string, bezorgingId: string, body: string): Promise<Uitkomst> {
    // Unix seconds of the wall clock, not the demo clock: the receiver checks the timestamp's age against its own.
    const tijdstip = Math.floor(Date.now() / 1000);
    const headers = {
      'content-type': 'application/json',
      [WEBHOOK_HEADERS.tijdstip]: String(tijdstip),
      [WEBHOOK_HEADERS.handtekening]: onderteken(geheim, tijdstip, body),
      [WEBHOOK_HEADERS.bezorging]: bezorgingId,
    };
    try {
      const doel = new URL(url);
      const adres = await this.adres(doel);
      const httpStatus = await this.post(doel, adres, headers, body);
      return httpStatus >= 200 && httpStatus < 300 ? { gelukt: true, httpStatus } : { gelukt: false, httpStatus, fout: `HTTP ${httpStatus}` };
    } catch (error) {
      const fout =
        error instanceof Geweigerd ? error.fout : (error as Error).name === 'TimeoutError' ? WEBHOOK_FOUTEN.tijd : WEBHOOK_FOUTEN.verbinding;
      this.logger.warn(`webhook-bezorging ${bezorgingId}: ${fout} (${(error as Error).message})`);
      return { gelukt: false, fout };
    }
  }

  /** The one address to connect to, after the checks: scheme, resolution, every resolved address public. */
  private async adres(doel: URL): Promise<{ address: string; family: number }> {
    if (doel.protocol !== 'https:' && !(doel.protocol === 'http:' && this.env.DEMO_MODE)) {
      throw new Geweigerd(WEBHOOK_FOUTEN.schema, `schema ${doel.protocol} geweigerd`);
    }
    const host = doel.hostname.replace(/^\[|\]$/g, '');
    const adressen = isIP(host)
      ? [{ address: host, family: isIP(host) }]
      : await lookup(host, { all: true }).catch((error: Error) => {
          throw new Geweigerd(WEBHOOK_FOUTEN.dns, error.message);
        });
    if (adressen.length === 0) throw new Geweigerd(WEBHOOK_FOUTEN.dns, `${host} heeft geen adres`);
    const nietOpenbaar = adressen.filter((a) => !isOpenbaarAdres(a.address));
    if (nietOpenbaar.length > 0 && !this.env.WEBHOOK_PRIVATE_ADRESSEN_TOESTAAN) {
      throw new Geweigerd(WEBHOOK_FOUTEN.adres, `${host} wijst naar ${nietOpenbaar.map((a) => a.address).join(', ')}`);
    }
    return adressen[0];
  }

  private post(doel: URL, adres: { address: string; family: number }, headers: Record<string, string>, body: string): Promise<number> {
    const request = doel.protocol === 'https:' ? httpsRequest : httpRequest;
    return new Promise((resolve, reject) => {
      const verzoek = request(
        {
          method: 'POST',
          host: adres.address,
          family: adres.family,
          port: doel.port || undefined,
          path: `${doel.pathname}${doel.search}`,
          servername: isIP(doel.hostname) ? undefined : doel.hostname,
          headers: { ...headers, host: doel.host, 'content-length': String(Buffer.byteLength(body)) },
          signal: AbortSignal.timeout(this.env.WEBHOOK_TIMEOUT_MS),
        },
        (antwoord) => {
          antwoord.resume();
          resolve(antwoord.statusCode ?? 0);
        },
      );
      verzoek.on('error', reject);
      verzoek.end(body);
    });
  }
}
