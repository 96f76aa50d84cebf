import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Clock, CLOCK, OffsetClock } from '@sluitend/domain-nl';

/**
 * Keeps the demo clock's offset in the database: a restarted or second replica runs at the same demo time. Only
 * forward: the stored offset is the largest any replica reached.
 */
@Injectable()
export class DemoKlokStore implements OnModuleInit {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async onModuleInit(): Promise<void> {
    if (!(this.clock instanceof OffsetClock)) return;
    const [row]: Array<{ offset_ms: string }> = await this.dataSource.query('SELECT offset_ms FROM demo_klok WHERE id = 1');
    const stored = row ? Number(row.offset_ms) : 0;
    if (stored > this.clock.offsetMs) this.clock.advance(stored - this.clock.offsetMs);
  }

  async jumpTo(clock: OffsetClock, target: Date): Promise<void> {
    clock.jumpTo(target);
    await this.dataSource.query(
      `INSERT INTO demo_klok (id, offset_ms) VALUES (1, $1)
       ON CONFLICT (id) DO UPDATE SET offset_ms = GREATEST(demo_klok.offset_ms, EXCLUDED.offset_ms)`,
      [clock.offsetMs],
    );
  }
}
