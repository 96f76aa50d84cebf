import { Injectable } from '@nestjs/common';
import { z } from 'zod';
import { PLAN_STATUSSEN, PlanInhoudInvoer, planInhoudSchema } from '@sluitend/contracts';
import { column, firstRow, rows, Runner } from '@sluitend/persistence';
import { Trajectplan } from '../domain/trajectplan';

export interface OpgeslagenTrajectplan extends Trajectplan {
  readonly id: string;
  /** The content as stored, in the contract's terms (what the API shows). */
  readonly opgeslagenInhoud: PlanInhoudInvoer;
}

const planRij = z.object({
  id: column.uuid,
  casus_id: column.uuid,
  versie: z.number().int(),
  status: z.enum(PLAN_STATUSSEN),
  inhoud: planInhoudSchema,
  historie: z.array(z.object({ versie: z.number().int(), op: z.coerce.date(), door: z.string(), wijzigingen: z.array(z.string()) })),
});
const KOLOMMEN = 'id, casus_id, versie, status, inhoud, historie';
const plan = (rij: z.output<typeof planRij>): OpgeslagenTrajectplan => ({
  id: rij.id,
  casusId: rij.casus_id,
  versie: rij.versie,
  status: rij.status,
  route: rij.inhoud.route,
  doelen: rij.inhoud.doelen,
  acties: rij.inhoud.acties,
  ondersteuning: rij.inhoud.ondersteuning,
  historie: rij.historie,
  opgeslagenInhoud: rij.inhoud,
});
const inhoud = (p: Trajectplan) => JSON.stringify({ route: p.route, doelen: p.doelen, acties: p.acties, ondersteuning: p.ondersteuning });

/** trajectplan: every SQL statement of trajectplannen, rows checked with zod at the boundary. */
@Injectable()
export class TrajectplannenRepository {
  /** A new plan; undefined when the case already has one in concept or active (the partial unique index). */
  async voegToe(runner: Runner, id: string, nieuw: Trajectplan, op: Date): Promise<OpgeslagenTrajectplan | undefined> {
    const rij = await firstRow(
      runner,
      planRij,
      `INSERT INTO trajectplan (id, casus_id, versie, status, inhoud, historie, aangemaakt_op, gewijzigd_op)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $7)
       ON CONFLICT (casus_id) WHERE status IN ('concept', 'actief') DO NOTHING
       RETURNING ${KOLOMMEN}`,
      [id, nieuw.casusId, nieuw.versie, nieuw.status, inhoud(nieuw), JSON.stringify(nieuw.historie), op],
    );
    return rij ? plan(rij) : undefined;
  }

  /**
   * The next version of a plan, only when the stored version is still the one it was made on (the optimistic lock in
   * SQL as well as in the domain); undefined when another change came first.
   */
  async werkBij(runner: Runner, id: string, vorigeVersie: number, volgende: Trajectplan, op: Date): Promise<OpgeslagenTrajectplan | undefined> {
    const rij = await firstRow(
      runner,
      planRij,
      `UPDATE trajectplan SET versie = $3, status = $4, inhoud = $5, historie = $6, gewijzigd_op = $7
       WHERE id = $1 AND versie = $2 RETURNING ${KOLOMMEN}`,
      [id, vorigeVersie, volgende.versie, volgende.status, inhoud(volgende), JSON.stringify(volgende.historie), op],
    );
    return rij ? plan(rij) : undefined;
  }

  /** The case's current plan: the one in concept or active, else the latest that ended. */
  async huidigeVan(runner: Runner, casusId: string, voorWijziging = false): Promise<OpgeslagenTrajectplan | undefined> {
    const [rij] = await rows(
      runner,
      planRij,
      `SELECT ${KOLOMMEN} FROM trajectplan WHERE casus_id = $1
       ORDER BY (status IN ('concept', 'actief')) DESC, aangemaakt_op DESC, id LIMIT 1${voorWijziging ? ' FOR UPDATE' : ''}`,
      [casusId],
    );
    return rij ? plan(rij) : undefined;
  }
}
