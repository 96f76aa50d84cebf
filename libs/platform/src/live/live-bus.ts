import { Inject, Injectable, Logger, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { Client } from 'pg';
import { z } from 'zod';

export const LIVE_OPTIONS = Symbol('LIVE_OPTIONS');
export type LiveOptions = {
  service: string;
  databaseUrl: string;
  schema: string;
  /** The streams this service offers (e.g. `alerts`), each fed by its own tables' triggers. */
  stromen: readonly string[];
};

/** What a trigger announces after its transaction committed: which stream, which organisation, how many rows. */
const meldingSchema = z.object({ stroom: z.string(), org: z.string(), aantal: z.number().int().nonnegative() });
export type LiveMelding = z.infer<typeof meldingSchema> | { stroom: string; org: string; herverbonden: true };
type Luisteraar = (melding: LiveMelding) => void;

/** The PostgreSQL channel of a service's live changes: `live.<schema>` (one per service database schema). */
export const liveKanaal = (schema: string) => `live.${schema}`;

/**
 * The service's committed changes, for its live streams: one LISTEN connection per replica on `live.<schema>`, where
 * the service's own triggers NOTIFY (PostgreSQL delivers a NOTIFY only when its transaction commits, and to every
 * replica, so a stream on any replica hears a change made by any other). A notification names the stream and the
 * organisation (`<type>:<code>`), never a person. After a lost connection it reconnects and tells every listener it
 * may have missed something (`herverbonden`).
 */
@Injectable()
export class LiveBus implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger('Live');
  private client: Client | null = null;
  private stopped = false;
  private readonly luisteraars = new Map<string, Set<Luisteraar>>();

  constructor(@Inject(LIVE_OPTIONS) private readonly options: LiveOptions) {}

  async onModuleInit(): Promise<void> {
    await this.verbind();
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    await this.client?.end().catch(() => undefined);
    this.client = null;
  }

  /** Calls `luisteraar` for every change of this stream for this organisation; returns how to stop. */
  volg(stroom: string, org: string, luisteraar: Luisteraar): () => void {
    const sleutel = `${stroom}|${org}`;
    const set = this.luisteraars.get(sleutel) ?? new Set<Luisteraar>();
    set.add(luisteraar);
    this.luisteraars.set(sleutel, set);
    return () => {
      set.delete(luisteraar);
      if (set.size === 0) this.luisteraars.delete(sleutel);
    };
  }

  /** How many streams are open on this replica. */
  get open(): number {
    let aantal = 0;
    for (const set of this.luisteraars.values()) aantal += set.size;
    return aantal;
  }

  private async verbind(): Promise<void> {
    const client = new Client({ connectionString: this.options.databaseUrl, application_name: `${this.options.service}-live` });
    client.on('error', (error) => {
      if (this.stopped) return;
      this.logger.warn(`live listener lost its connection (${error.message}); reconnecting`);
      this.client = null;
      void client.end().catch(() => undefined);
      void this.herverbind();
    });
    client.on('notification', (message) => this.ontvang(message.payload));
    await client.connect();
    await client.query(`LISTEN "${liveKanaal(this.options.schema)}"`);
    this.client = client;
  }

  private async herverbind(): Promise<void> {
    for (let poging = 1; !this.stopped && !this.client; poging++) {
      await new Promise((resolve) => setTimeout(resolve, Math.min(30_000, 250 * 2 ** poging)));
      try {
        await this.verbind();
        for (const [sleutel, set] of this.luisteraars) {
          const [stroom, org] = sleutel.split('|');
          for (const luisteraar of set) luisteraar({ stroom, org, herverbonden: true });
        }
      } catch (error) {
        this.logger.warn(`live listener: ${(error as Error).message}`);
      }
    }
  }

  private ontvang(payload: string | undefined): void {
    let melding: z.infer<typeof meldingSchema>;
    try {
      melding = meldingSchema.parse(JSON.parse(payload ?? ''));
    } catch {
      this.logger.warn('live listener: a notification it does not understand');
      return;
    }
    for (const luisteraar of this.luisteraars.get(`${melding.stroom}|${melding.org}`) ?? []) luisteraar(melding);
  }
}
