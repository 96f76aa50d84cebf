import { Injectable } from '@nestjs/common';
import { z } from 'zod';
import { firstRow, rows, Runner } from '@sluitend/persistence';
import { SchooljaarKalender } from '../domain/schooljaar-kalender';

const kalenderRij = z.object({
  schooljaar: z.string(),
  versie: z.number().int(),
  kalender: z.custom<SchooljaarKalender>((v) => typeof v === 'object' && v !== null),
});
export type KalenderRij = z.output<typeof kalenderRij>;

/** kalenders: every SQL statement on the schools' calendars (one row per school and schooljaar, its version counted up). */
@Injectable()
export class KalendersRepository {
  /** The calendar a school has for a schooljaar now (locked until the transaction ends), if any. */
  async huidige(runner: Runner, brin: string, schooljaar: string): Promise<KalenderRij | undefined> {
    return firstRow(runner, kalenderRij, 'SELECT schooljaar, versie, kalender FROM schoolkalender WHERE brin = $1 AND schooljaar = $2 FOR UPDATE', [
      brin,
      schooljaar,
    ]);
  }

  async zet(runner: Runner, brin: string, kalender: SchooljaarKalender, versie: number, op: Date): Promise<void> {
    await runner.query(
      `INSERT INTO schoolkalender (brin, schooljaar, versie, kalender, gezet_op) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (brin, schooljaar) DO UPDATE SET versie = EXCLUDED.versie, kalender = EXCLUDED.kalender, gezet_op = EXCLUDED.gezet_op`,
      [brin, kalender.schooljaar, versie, JSON.stringify(kalender), op],
    );
  }

  /** A school's calendars, by schooljaar. */
  vanSchool(runner: Runner, brin: string): Promise<KalenderRij[]> {
    return rows(runner, kalenderRij, 'SELECT schooljaar, versie, kalender FROM schoolkalender WHERE brin = $1 ORDER BY schooljaar', [brin]);
  }
}
