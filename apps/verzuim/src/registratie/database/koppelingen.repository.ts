import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { z } from 'zod';
import { VERZUIMSOORTEN, ZIEKTEVERZUIM_GRONDEN } from '@sluitend/contracts';
import { rows } from '@sluitend/persistence';

/**
 * One student known under two pseudonyms (overstap.persoon.gekoppeld, ADR 0018): everything verzuim keeps under `van`
 * (the onderwijsnummer's pseudonym) is re-keyed to `naar` (the BSN's), per school. Where both exist the student's row
 * and a day's absence under `naar` win (a day's hours: the larger of the two, never counted twice); a melding or
 * M@ZL signal of `van` that duplicates a standing one of `naar` (same school, kind/ground and first day) is withdrawn
 * (melding: status ingetrokken with sluitreden 'samengevoegd'; signal: vervallen) before it moves, so each occurrence
 * stands once. Returns what it withdrew, for the withdrawals' events.
 */
const ingetrokkenMelding = z.object({
  id: z.string(),
  brin: z.string(),
  soort: z.enum(VERZUIMSOORTEN),
  startdatum: z.string(),
  einddatum: z.string(),
});
const vervallenSignaal = z.object({ id: z.string(), brin: z.string(), grond: z.enum(ZIEKTEVERZUIM_GRONDEN), datum: z.string() });

/** The duplicates a merge withdrew: `van`'s meldingen (now ingetrokken, samengevoegd) and M@ZL signals (now vervallen). */
export type Ingetrokken = {
  meldingen: Array<z.infer<typeof ingetrokkenMelding>>;
  signalen: Array<z.infer<typeof vervallenSignaal>>;
};

@Injectable()
export class KoppelingenRepository {
  async herkoppel(manager: EntityManager, van: string, naar: string, nu: Date): Promise<Ingetrokken> {
    if (van === naar) return { meldingen: [], signalen: [] };
    await manager.query(
      `INSERT INTO leerling (brin, jongere_id, geboortedatum, woongemeente, rmc_regio, onderwijstype, ingeschreven_per, uitgeschreven_per,
                             startkwalificatie_op, vrijgesteld_van_kwalificatieplicht, geregistreerd_op, bijgewerkt_op)
       SELECT brin, $2, geboortedatum, woongemeente, rmc_regio, onderwijstype, ingeschreven_per, uitgeschreven_per,
              startkwalificatie_op, vrijgesteld_van_kwalificatieplicht, geregistreerd_op, $3
         FROM leerling WHERE jongere_id = $1
       ON CONFLICT (brin, jongere_id) DO NOTHING`,
      [van, naar, nu],
    );
    await manager.query(
      `UPDATE absentie n SET ongeoorloofd = GREATEST(n.ongeoorloofd, v.ongeoorloofd), ziek = GREATEST(n.ziek, v.ziek),
              verlof = GREATEST(n.verlof, v.verlof), schorsing = GREATEST(n.schorsing, v.schorsing),
              te_laat = GREATEST(n.te_laat, v.te_laat), uitgestuurd = GREATEST(n.uitgestuurd, v.uitgestuurd),
              alle_lessen_gemist = n.alle_lessen_gemist OR v.alle_lessen_gemist, vastgelegd_op = $3
         FROM absentie v
        WHERE v.jongere_id = $1 AND n.jongere_id = $2 AND n.brin = v.brin AND n.datum = v.datum`,
      [van, naar, nu],
    );
    await manager.query(
      `INSERT INTO absentie (brin, jongere_id, datum, ongeoorloofd, ziek, verlof, schorsing, te_laat, uitgestuurd, alle_lessen_gemist, vastgelegd_op)
       SELECT brin, $2, datum, ongeoorloofd, ziek, verlof, schorsing, te_laat, uitgestuurd, alle_lessen_gemist, vastgelegd_op
         FROM absentie WHERE jongere_id = $1
       ON CONFLICT (brin, jongere_id, datum) DO NOTHING`,
      [van, naar],
    );
    await manager.query('DELETE FROM absentie WHERE jongere_id = $1', [van]);
    const meldingen = await rows(
      manager,
      ingetrokkenMelding,
      `UPDATE verzuimmelding v SET status = 'ingetrokken', sluitreden = 'samengevoegd', gewijzigd_op = $3
        WHERE v.jongere_id = $1 AND NOT v.handmatig AND v.status <> 'ingetrokken'
          AND EXISTS (SELECT 1 FROM verzuimmelding n WHERE n.jongere_id = $2 AND n.brin = v.brin AND n.soort = v.soort
                        AND n.startdatum = v.startdatum AND NOT n.handmatig AND n.status <> 'ingetrokken')
       RETURNING v.id, v.brin, v.soort, v.startdatum::text AS startdatum, v.einddatum::text AS einddatum`,
      [van, naar, nu],
    );
    await manager.query('UPDATE verzuimmelding SET jongere_id = $2 WHERE jongere_id = $1', [van, naar]);
    const signalen = await rows(
      manager,
      vervallenSignaal,
      `UPDATE ziekteverzuim_signaal v SET vervallen_op = $3
        WHERE v.jongere_id = $1 AND v.vervallen_op IS NULL
          AND EXISTS (SELECT 1 FROM ziekteverzuim_signaal n WHERE n.jongere_id = $2 AND n.brin = v.brin AND n.grond = v.grond
                        AND n.datum = v.datum AND n.vervallen_op IS NULL)
       RETURNING v.id, v.brin, v.grond, v.datum::text AS datum`,
      [van, naar, nu],
    );
    await manager.query('UPDATE ziekteverzuim_signaal SET jongere_id = $2 WHERE jongere_id = $1', [van, naar]);
    await manager.query('DELETE FROM leerling WHERE jongere_id = $1', [van]);
    return { meldingen, signalen };
  }
}
