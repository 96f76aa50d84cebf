import { Inject, Injectable, Logger, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { CLOCK, Clock, DomainError, OffsetClock } from '@sluitend/domain-nl';

export type DemoClockOptions = { databaseUrl: string; schema: string; service: string };

type Jump = { offsetMs: number; service: string; replica: string };
export const DEMO_CLOCK_OPTIONS = Symbol('DEMO_CLOCK_OPTIONS');

type Listener = () => Promise<unknown>;

/**
 * One demo clock for the whole platform (demo mode only): its offset lives in one row that every service reads, and a
 * jump in any service is announced with NOTIFY, so one jump to 2 April moves overstap's deadlines, notificaties'
 * escalation and every other service's due work. The clock only moves forward: the stored offset is the largest any
 * service reached, and a service that starts later picks it up. The row lives in its own schema (`<topic prefix>_demo`),
 * not in a service's: it belongs to the demo, not to any service's data; production has no movable clock.
 * The replica that jumps sweeps its own service's due work itself (and reports it); the other replicas of that service
 * only move their clock, so the jump's answer is complete; every other service sweeps when the jump reaches it.
 */
@Injectable()
export class DemoClock implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger(DemoClock.name);
  private listenClient: Client | null = null;
  private readonly listeners: Listener[] = [];
  private stopped = false;
  private readonly replica = randomUUID();

  constructor(
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(DEMO_CLOCK_OPTIONS) private readonly options: DemoClockOptions,
  ) {}

  get enabled(): boolean {
    return this.clock instanceof OffsetClock;
  }

  private get channel(): string {
    return this.options.schema;
  }

  async onModuleInit(): Promise<void> {
    if (!this.enabled) return;
    await this.withClient(async (client) => {
      await client.query('BEGIN');
      // Services start together: one creates the table, the others wait for it.
      await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', [this.options.schema]);
      await client.query(`CREATE SCHEMA IF NOT EXISTS "${this.options.schema}"`);
      await client.query(`CREATE TABLE IF NOT EXISTS "${this.options.schema}".klok (id int PRIMARY KEY CHECK (id = 1), offset_ms bigint NOT NULL)`);
      await client.query('COMMIT');
    });
    await this.refresh();
    await this.listen();
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    await this.listenClient?.end().catch(() => undefined);
    this.listenClient = null;
  }

  /** Called after the clock moved because of a jump made anywhere (e.g. the sweeper sweeps all its due work). */
  onJump(listener: Listener): void {
    this.listeners.push(listener);
  }

  /**
   * Moves the platform's demo clock forward to `target` and tells every service. The clock never goes back: a target
   * it already passed (another service or replica jumped further) leaves it where it is; the answer says which.
   */
  async jumpTo(target: Date): Promise<{ verzet: boolean }> {
    if (!this.enabled) throw DomainError.geenToegang('demo.uit', 'de klok kan alleen in demo-modus worden verzet');
    await this.refresh();
    const clock = this.clock as OffsetClock;
    if (target.getTime() <= clock.now().getTime()) return { verzet: false };
    clock.jumpTo(target);
    await this.withClient(async (client) => {
      await client.query(
        `INSERT INTO "${this.options.schema}".klok (id, offset_ms) VALUES (1, $1)
         ON CONFLICT (id) DO UPDATE SET offset_ms = GREATEST(klok.offset_ms, EXCLUDED.offset_ms)`,
        [clock.offsetMs],
      );
      const jump: Jump = { offsetMs: clock.offsetMs, service: this.options.service, replica: this.replica };
      await client.query('SELECT pg_notify($1, $2)', [this.channel, JSON.stringify(jump)]);
    });
    return { verzet: true };
  }

  /** Reads the stored offset and moves this service's clock to it. */
  private async refresh(): Promise<boolean> {
    const clock = this.clock as OffsetClock;
    const stored = await this.withClient(async (client) => {
      const { rows } = await client.query<{ offset_ms: string }>(`SELECT offset_ms FROM "${this.options.schema}".klok WHERE id = 1`);
      return rows[0] ? Number(rows[0].offset_ms) : 0;
    });
    if (stored <= clock.offsetMs) return false;
    clock.advance(stored - clock.offsetMs);
    return true;
  }

  private async listen(): Promise<void> {
    const client = new Client({ connectionString: this.options.databaseUrl, application_name: 'demo-clock' });
    client.on('error', (error) => {
      this.logger.warn(`demo clock listener lost its connection (${error.message}); reconnecting`);
      this.listenClient = null;
      void this.relisten();
    });
    client.on('notification', (message) => void this.jumped(parseJump(message.payload)));
    await client.connect();
    await client.query(`LISTEN "${this.channel}"`);
    this.listenClient = client;
  }

  private async relisten(): Promise<void> {
    for (let attempt = 1; !this.stopped && !this.listenClient; attempt++) {
      await new Promise((resolve) => setTimeout(resolve, Math.min(30_000, 500 * 2 ** attempt)));
      try {
        await this.listen();
        await this.jumped(null);
      } catch (error) {
        this.logger.warn(`demo clock listener: ${(error as Error).message}`);
      }
    }
  }

  /** A jump made elsewhere (or, after a lost connection, possibly missed: `null`). */
  private async jumped(jump: Jump | null): Promise<void> {
    try {
      if (jump?.replica === this.replica) return;
      // Move at once to the offset the notification carries (the clock only goes forward), before the stored row is
      // read on a new connection: work this service does meanwhile (an event from the service that jumped) already
      // sees the new time.
      const clock = this.clock as OffsetClock;
      const moved = jump !== null && jump.offsetMs > clock.offsetMs;
      if (moved) clock.advance(jump.offsetMs - clock.offsetMs);
      if (!(await this.refresh()) && !moved) return;
      this.logger.log(`demo clock moved to ${this.clock.now().toISOString()}`);
      if (jump?.service === this.options.service) return;
      for (const listener of this.listeners) await listener();
    } catch (error) {
      this.logger.error(`after a demo clock jump: ${(error as Error).message}`);
    }
  }

  private async withClient<T>(work: (client: Client) => Promise<T>): Promise<T> {
    const client = new Client({ connectionString: this.options.databaseUrl, application_name: 'demo-clock' });
    await client.connect();
    try {
      return await work(client);
    } finally {
      await client.end();
    }
  }
}

function parseJump(payload: string | undefined): Jump | null {
  try {
    const jump = JSON.parse(payload ?? '') as Partial<Jump>;
    return typeof jump.replica === 'string' && typeof jump.service === 'string' && Number.isFinite(jump.offsetMs) ? (jump as Jump) : null;
  } catch {
    return null;
  }
}

/** The demo clock's schema for a topic prefix: `sluitend` → `sluitend_demo`, a test run's `t-ab12` → `t_ab12_demo`. */
export const demoClockSchema = (topicPrefix: string): string => `${topicPrefix.toLowerCase().replace(/[^a-z0-9_]/g, '_')}_demo`;
