import { Injectable } from '@nestjs/common';
import { z } from 'zod';
import { column, firstRow, rows, Runner } from '@sluitend/persistence';
import { CONTACT_SOORTEN, ContactPoging } from '../domain/contactpoging';

export interface OpgeslagenContactpoging extends ContactPoging {
  readonly id: string;
  readonly casusId: string;
  readonly toelichting: string | null;
}

const pogingRij = z.object({
  id: column.uuid,
  casus_id: column.uuid,
  soort: z.enum(CONTACT_SOORTEN),
  bereikt: z.boolean(),
  door: z.string(),
  op: column.timestamp,
  toelichting: z.string().nullable(),
});
const KOLOMMEN = 'id, casus_id, soort, bereikt, door, op, toelichting';
const poging = (rij: z.output<typeof pogingRij>): OpgeslagenContactpoging => ({
  id: rij.id,
  casusId: rij.casus_id,
  soort: rij.soort,
  bereikt: rij.bereikt,
  door: rij.door,
  op: rij.op,
  toelichting: rij.toelichting,
});

/** contactpoging: every SQL statement of contacten, rows checked with zod at the boundary. */
@Injectable()
export class ContactenRepository {
  async voegToe(
    runner: Runner,
    id: string,
    casusId: string,
    nieuw: ContactPoging,
    toelichting: string | null,
    vastgelegdOp: Date,
  ): Promise<OpgeslagenContactpoging> {
    const rij = await firstRow(
      runner,
      pogingRij,
      `INSERT INTO contactpoging (id, casus_id, soort, bereikt, door, op, toelichting, vastgelegd_op)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING ${KOLOMMEN}`,
      [id, casusId, nieuw.soort, nieuw.bereikt, nieuw.door, nieuw.op, toelichting, vastgelegdOp],
    );
    if (!rij) throw new Error('INSERT … RETURNING answered no row');
    return poging(rij);
  }

  /** A case's attempts, oldest first. */
  async vanCasus(runner: Runner, casusId: string): Promise<OpgeslagenContactpoging[]> {
    return (await rows(runner, pogingRij, `SELECT ${KOLOMMEN} FROM contactpoging WHERE casus_id = $1 ORDER BY op, id`, [casusId])).map(poging);
  }
}
