import { Injectable } from '@nestjs/common';
import { z } from 'zod';
import { column, firstRow, rows, Runner } from '@sluitend/persistence';
import { LEEFDOMEINEN, VAARDIGHEDEN } from '../domain/leefdomeinen';
import { Screening } from '../domain/screening';

export interface OpgeslagenScreening extends Screening {
  readonly id: string;
  readonly casusId: string;
  readonly toelichting: string | null;
}

const score = z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(5)]);
const scores = <K extends string>(sleutels: readonly K[]) =>
  z.object(Object.fromEntries(sleutels.map((sleutel) => [sleutel, score])) as Record<K, typeof score>);

const screeningRij = z.object({
  id: column.uuid,
  casus_id: column.uuid,
  door: z.string(),
  afgenomen_op: column.timestamp,
  leefdomeinen: scores(LEEFDOMEINEN),
  vaardigheden: scores(VAARDIGHEDEN),
  toelichting: z.string().nullable(),
});
const KOLOMMEN = 'id, casus_id, door, afgenomen_op, leefdomeinen, vaardigheden, toelichting';
const screening = (rij: z.output<typeof screeningRij>): OpgeslagenScreening => ({
  id: rij.id,
  casusId: rij.casus_id,
  door: rij.door,
  afgenomenOp: rij.afgenomen_op,
  leefdomeinen: rij.leefdomeinen,
  vaardigheden: rij.vaardigheden,
  toelichting: rij.toelichting,
});

/** screening: every SQL statement of the screening capability, rows checked with zod at the boundary. */
@Injectable()
export class ScreeningRepository {
  async voegToe(
    runner: Runner,
    id: string,
    casusId: string,
    nieuw: Screening,
    toelichting: string | null,
    vastgelegdOp: Date,
  ): Promise<OpgeslagenScreening> {
    const rij = await firstRow(
      runner,
      screeningRij,
      `INSERT INTO screening (id, casus_id, door, afgenomen_op, leefdomeinen, vaardigheden, toelichting, vastgelegd_op)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING ${KOLOMMEN}`,
      [id, casusId, nieuw.door, nieuw.afgenomenOp, JSON.stringify(nieuw.leefdomeinen), JSON.stringify(nieuw.vaardigheden), toelichting, vastgelegdOp],
    );
    if (!rij) throw new Error('INSERT … RETURNING answered no row');
    return screening(rij);
  }

  /** A case's screenings, oldest first. */
  async vanCasus(runner: Runner, casusId: string): Promise<OpgeslagenScreening[]> {
    return (
      await rows(runner, screeningRij, `SELECT ${KOLOMMEN} FROM screening WHERE casus_id = $1 ORDER BY afgenomen_op, vastgelegd_op, id`, [casusId])
    ).map(screening);
  }
}
