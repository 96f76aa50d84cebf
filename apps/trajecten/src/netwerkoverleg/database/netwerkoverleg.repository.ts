import { Injectable } from '@nestjs/common';
import { z } from 'zod';
import { REGIE_ROLLEN, ROUTES, TRIAGES } from '@sluitend/contracts';
import { column, firstRow, rows, Runner } from '@sluitend/persistence';
import { Advies } from '../domain/advies';

export interface OpgeslagenAdvies extends Advies {
  readonly id: string;
  readonly vastgelegdOp: Date;
}

const adviesRij = z.object({
  id: column.uuid,
  casus_id: column.uuid,
  overlegdatum: z.string(),
  triage: z.enum(TRIAGES),
  route: z.enum(ROUTES).nullable(),
  toewijzing_type: z.enum(['rmc-regio', 'partner']),
  toewijzing_code: z.string(),
  rol: z.enum(REGIE_ROLLEN),
  besluit_door: z.string(),
  toelichting: z.string().nullable(),
  vastgelegd_op: column.timestamp,
});
const KOLOMMEN =
  "id, casus_id, to_char(overlegdatum, 'YYYY-MM-DD') AS overlegdatum, triage, route, toewijzing_type, toewijzing_code, rol, besluit_door, toelichting, vastgelegd_op";
const advies = (r: z.output<typeof adviesRij>): OpgeslagenAdvies => ({
  id: r.id,
  casusId: r.casus_id,
  overlegdatum: r.overlegdatum,
  triage: r.triage,
  ...(r.route ? { route: r.route } : {}),
  toewijzing: { organisatie: { type: r.toewijzing_type, code: r.toewijzing_code }, rol: r.rol },
  besluitDoor: r.besluit_door,
  ...(r.toelichting ? { toelichting: r.toelichting } : {}),
  vastgelegdOp: r.vastgelegd_op,
});
const laatste = z.object({ casus_id: column.uuid, op: column.timestamp });

/** netwerkoverleg_advies: every SQL statement of netwerkoverleg, rows checked with zod at the boundary. */
@Injectable()
export class NetwerkoverlegRepository {
  async voegToe(runner: Runner, id: string, rmcRegio: string, nieuw: Advies, vastgelegdOp: Date): Promise<OpgeslagenAdvies> {
    const rij = await firstRow(
      runner,
      adviesRij,
      `INSERT INTO netwerkoverleg_advies
         (id, casus_id, rmc_regio, overlegdatum, triage, route, toewijzing_type, toewijzing_code, rol, besluit_door, toelichting, vastgelegd_op)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) RETURNING ${KOLOMMEN}`,
      [
        id,
        nieuw.casusId,
        rmcRegio,
        nieuw.overlegdatum,
        nieuw.triage,
        nieuw.route ?? null,
        nieuw.toewijzing.organisatie.type,
        nieuw.toewijzing.organisatie.code,
        nieuw.toewijzing.rol,
        nieuw.besluitDoor,
        nieuw.toelichting ?? null,
        vastgelegdOp,
      ],
    );
    if (!rij) throw new Error('INSERT … RETURNING answered no row');
    return advies(rij);
  }

  /** When each of these cases last got an advice. */
  async laatstBesproken(runner: Runner, casusIds: readonly string[]): Promise<Map<string, Date>> {
    if (casusIds.length === 0) return new Map();
    const gevonden = await rows(
      runner,
      laatste,
      'SELECT casus_id, max(vastgelegd_op) AS op FROM netwerkoverleg_advies WHERE casus_id = ANY($1::uuid[]) GROUP BY casus_id',
      [casusIds],
    );
    return new Map(gevonden.map((r) => [r.casus_id, r.op]));
  }
}
