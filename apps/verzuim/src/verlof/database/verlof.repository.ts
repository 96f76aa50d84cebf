import { Injectable } from '@nestjs/common';
import { z } from 'zod';
import type { Verlofaanvraag } from '@sluitend/contracts';
import { firstRow, rows, Runner } from '@sluitend/persistence';
import { GewichtigeOmstandigheid, VerlofSoort } from '../domain/verlof-redenen';
import { VerlofBeoordeling, VerleendVerlof } from '../domain/verlofaanvraag';
import { VerlofPeriode } from '../domain/verleend-verlof';
import { VerlofScope } from '../domain/verlof-scope';

export type VerlofStatus = Verlofaanvraag['status'];

/** A request as stored: the pseudonym, the school, the woongemeente (who decides beyond 10 days) and the legal frame. */
export type NieuweVerlofaanvraag = {
  id: string;
  brin: string;
  jongereId: string;
  woongemeente: string;
  soort: VerlofSoort;
  omstandigheid: GewichtigeOmstandigheid | null;
  van: string;
  totEnMet: string;
  aangevraagdOp: string;
  ontstaanOp: string | null;
  werkgeversverklaring: boolean;
  beoordeling: VerlofBeoordeling;
  status: VerlofStatus;
  toelichting: string | null;
};

const aanvraagRij = z.object({
  id: z.string(),
  brin: z.string(),
  jongere_id: z.string(),
  woongemeente: z.string(),
  soort: z.enum(['vakantieverlof', 'gewichtige-omstandigheden', 'religieuze-verplichting']),
  omstandigheid: z.string().nullable(),
  van: z.string(),
  tot_en_met: z.string(),
  aangevraagd_op: z.string(),
  ontstaan_op: z.string().nullable(),
  werkgeversverklaring: z.boolean(),
  schooljaar: z.string(),
  lesdagen: z.number().int(),
  beslisser: z.enum(['directeur', 'leerplichtambtenaar', 'geen']),
  bezwaren: z.array(z.object({ code: z.string(), melding: z.string(), ernst: z.enum(['wettelijk', 'richtlijn']) })),
  status: z.enum(['aangevraagd', 'verleend', 'geweigerd', 'gemeld']),
  besloten_op: z.date().nullable(),
  toelichting: z.string().nullable(),
  geregistreerd_op: z.date(),
});
type AanvraagRij = z.output<typeof aanvraagRij>;

const KOLOMMEN = `id, brin, jongere_id, woongemeente, soort, omstandigheid, van::text, tot_en_met::text, aangevraagd_op::text,
  ontstaan_op::text, werkgeversverklaring, schooljaar, lesdagen, beslisser, bezwaren, status, besloten_op, toelichting, geregistreerd_op`;

/** A stored request with what a decision needs besides its public form. */
export type OpgeslagenVerlofaanvraag = Verlofaanvraag & { jongereId: string; ontstaanOp: string | null; werkgeversverklaring: boolean };

const alsAanvraag = (r: AanvraagRij): OpgeslagenVerlofaanvraag => ({
  id: r.id,
  leerlingId: r.jongere_id,
  jongereId: r.jongere_id,
  brin: r.brin,
  woongemeente: r.woongemeente,
  soort: r.soort,
  omstandigheid: r.omstandigheid as Verlofaanvraag['omstandigheid'],
  van: r.van,
  totEnMet: r.tot_en_met,
  aangevraagdOp: r.aangevraagd_op,
  ontstaanOp: r.ontstaan_op,
  werkgeversverklaring: r.werkgeversverklaring,
  schooljaar: r.schooljaar,
  lesdagen: r.lesdagen,
  beslisser: r.beslisser,
  bezwaren: r.bezwaren,
  toewijsbaar: !r.bezwaren.some((b) => b.ernst === 'wettelijk'),
  status: r.status,
  beslotenOp: r.besloten_op?.toISOString() ?? null,
  toelichting: r.toelichting,
  geregistreerdOp: r.geregistreerd_op.toISOString(),
});

/** A stored request as its readers see it (the API's form): without what only a decision needs. */
export function openbaar({
  jongereId: _jongereId,
  ontstaanOp: _ontstaanOp,
  werkgeversverklaring: _werkgeversverklaring,
  ...aanvraag
}: OpgeslagenVerlofaanvraag): Verlofaanvraag {
  return aanvraag;
}

/** Granted verlof and notified religious obligations: what makes absence geoorloofd. */
const GELDT = `status IN ('verleend', 'gemeld')`;

/** verlof: every SQL statement on verlof requests and decisions. */
@Injectable()
export class VerlofRepository {
  async voegToe(runner: Runner, a: NieuweVerlofaanvraag, op: Date): Promise<void> {
    await runner.query(
      `INSERT INTO verlofaanvraag (id, brin, jongere_id, woongemeente, soort, omstandigheid, van, tot_en_met, aangevraagd_op, ontstaan_op,
         werkgeversverklaring, schooljaar, lesdagen, beslisser, bezwaren, status, besloten_op, toelichting, geregistreerd_op)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19)`,
      [
        a.id,
        a.brin,
        a.jongereId,
        a.woongemeente,
        a.soort,
        a.omstandigheid,
        a.van,
        a.totEnMet,
        a.aangevraagdOp,
        a.ontstaanOp,
        a.werkgeversverklaring,
        a.beoordeling.schooljaar,
        a.beoordeling.lesdagen,
        a.beoordeling.beslisser,
        JSON.stringify(a.beoordeling.bezwaren),
        a.status,
        a.status === 'gemeld' ? op : null,
        a.toelichting,
        op,
      ],
    );
  }

  /** The verlof a student was granted at the school (to count "once per schooljaar" and the 10 days). */
  async verleend(runner: Runner, brin: string, jongereId: string, behalve?: string): Promise<VerleendVerlof[]> {
    const gevonden = await rows(
      runner,
      z.object({ soort: aanvraagRij.shape.soort, van: z.string(), tot_en_met: z.string(), lesdagen: z.number().int() }),
      `SELECT soort, van::text, tot_en_met::text, lesdagen FROM verlofaanvraag
       WHERE brin = $1 AND jongere_id = $2 AND status = 'verleend' AND id IS DISTINCT FROM $3::uuid ORDER BY van`,
      [brin, jongereId, behalve ?? null],
    );
    return gevonden.map((r) => ({ soort: r.soort, van: r.van, totEnMet: r.tot_en_met, lesdagen: r.lesdagen }));
  }

  /** Per student of a school: the periods of granted verlof (and notified religious obligations), in one statement. */
  async geldendePerioden(runner: Runner, brin: string, jongereIds: readonly string[]): Promise<Map<string, VerlofPeriode[]>> {
    const gevonden = await rows(
      runner,
      z.object({ jongere_id: z.string(), van: z.string(), tot_en_met: z.string() }),
      `SELECT jongere_id, van::text, tot_en_met::text FROM verlofaanvraag WHERE brin = $1 AND jongere_id = ANY($2::text[]) AND ${GELDT}`,
      [brin, jongereIds],
    );
    const per = new Map<string, VerlofPeriode[]>();
    for (const r of gevonden) {
      const lijst = per.get(r.jongere_id) ?? [];
      lijst.push({ van: r.van, totEnMet: r.tot_en_met });
      per.set(r.jongere_id, lijst);
    }
    return per;
  }

  /** One request, locked until the transaction ends (one decision at a time). */
  async lockEen(runner: Runner, id: string): Promise<OpgeslagenVerlofaanvraag | undefined> {
    const rij = await firstRow(runner, aanvraagRij, `SELECT ${KOLOMMEN} FROM verlofaanvraag WHERE id = $1 FOR UPDATE`, [id]);
    return rij ? alsAanvraag(rij) : undefined;
  }

  async een(runner: Runner, id: string): Promise<OpgeslagenVerlofaanvraag | undefined> {
    const rij = await firstRow(runner, aanvraagRij, `SELECT ${KOLOMMEN} FROM verlofaanvraag WHERE id = $1`, [id]);
    return rij ? alsAanvraag(rij) : undefined;
  }

  /** A student's requests at the school still waiting for the head's decision, locked (a grant may pass them on). */
  async lockOpenVoorDirecteur(runner: Runner, brin: string, jongereId: string): Promise<OpgeslagenVerlofaanvraag[]> {
    const gevonden = await rows(
      runner,
      aanvraagRij,
      `SELECT ${KOLOMMEN} FROM verlofaanvraag WHERE brin = $1 AND jongere_id = $2 AND status = 'aangevraagd' AND beslisser = 'directeur'
       ORDER BY van, id FOR UPDATE`,
      [brin, jongereId],
    );
    return gevonden.map(alsAanvraag);
  }

  /** A waiting request's legal frame computed again (verlof granted since moved it to the leerplichtambtenaar). */
  async herzieBeoordeling(runner: Runner, id: string, beoordeling: VerlofBeoordeling): Promise<void> {
    await runner.query(`UPDATE verlofaanvraag SET lesdagen = $2, beslisser = $3, bezwaren = $4 WHERE id = $1`, [
      id,
      beoordeling.lesdagen,
      beoordeling.beslisser,
      JSON.stringify(beoordeling.bezwaren),
    ]);
  }

  /** The decision, with the legal frame as it stood when decided. */
  async besluit(
    runner: Runner,
    id: string,
    besluit: { status: VerlofStatus; beoordeling: VerlofBeoordeling; door: string; toelichting: string | null },
    op: Date,
  ): Promise<void> {
    await runner.query(
      `UPDATE verlofaanvraag SET status = $2, lesdagen = $3, beslisser = $4, bezwaren = $5, besloten_door = $6, besloten_op = $7,
         toelichting = COALESCE($8, toelichting) WHERE id = $1`,
      [
        id,
        besluit.status,
        besluit.beoordeling.lesdagen,
        besluit.beoordeling.beslisser,
        JSON.stringify(besluit.beoordeling.bezwaren),
        besluit.door,
        op,
        besluit.toelichting,
      ],
    );
  }

  /** The requests a caller may read, newest first: a school its own; the leerplicht its residents' that it decides. */
  async zoek(runner: Runner, scope: VerlofScope, limiet: number): Promise<Verlofaanvraag[]> {
    const [waar, param] =
      scope.soort === 'school' ? ['brin = $1', scope.brin] : [`woongemeente = $1 AND beslisser = 'leerplichtambtenaar'`, scope.woongemeente];
    const gevonden = await rows(
      runner,
      aanvraagRij,
      `SELECT ${KOLOMMEN} FROM verlofaanvraag WHERE ${waar} ORDER BY geregistreerd_op DESC, id LIMIT $2`,
      [param, limiet],
    );
    return gevonden.map((r) => openbaar(alsAanvraag(r)));
  }
}
