import { Injectable } from '@nestjs/common';
import { z } from 'zod';
import { execute, rows, Runner } from '@sluitend/persistence';
import { Koppeling } from '../domain/koppeling-regel';

/**
 * The koppelingen capability's SQL: the link table, and the merge of one person's rows in overstap's tables. The merge
 * is one set of statements run in the link's transaction — set-based work on the person's rows of dossiers,
 * aanmeldingen, inschrijvingen, signalen and deadlines, kept together here so a link is applied whole or not at all
 * (ADR 0018). A row of `van` that would collide with the same fact of `naar` (the same aanmelding, signal or deadline
 * recorded under both) stays under `van` as history: `naar` already has it, and nothing reads `van` any more.
 */
@Injectable()
export class KoppelingenRepository {
  /** The existing links of these onderwijsnummer pseudonyms, locked until the transaction ends. */
  bestaande(runner: Runner, vanIds: readonly string[]): Promise<Koppeling[]> {
    return rows(
      runner,
      z.object({ van: z.string(), naar: z.string() }),
      'SELECT van, naar FROM persoon_koppeling WHERE van = ANY($1::text[]) FOR UPDATE',
      [vanIds],
    );
  }

  /** Per linked onderwijsnummer pseudonym among these, the BSN pseudonym it is linked to. */
  async gekoppeld(runner: Runner, jongereIds: readonly string[]): Promise<Map<string, string>> {
    if (jongereIds.length === 0) return new Map();
    const gevonden = await rows(
      runner,
      z.object({ van: z.string(), naar: z.string() }),
      'SELECT van, naar FROM persoon_koppeling WHERE van = ANY($1::text[])',
      [jongereIds],
    );
    return new Map(gevonden.map((k) => [k.van, k.naar]));
  }

  /** Records a link; false when a concurrent request recorded it first (then the caller re-reads). */
  async legVast(runner: Runner, koppeling: Koppeling, door: string, correlationId: string, now: Date): Promise<boolean> {
    const result = await rows(
      runner,
      z.object({ van: z.string() }),
      `INSERT INTO persoon_koppeling (van, naar, gekoppeld_door, correlation_id, gekoppeld_op) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (van) DO NOTHING RETURNING van`,
      [koppeling.van, koppeling.naar, door, correlationId, now],
    );
    return result.length === 1;
  }

  /** The schooljaren in which both pseudonyms have a dossier: merging them would drop one. */
  async botsendeDossiers(runner: Runner, { van, naar }: Koppeling): Promise<string[]> {
    const gevonden = await rows(
      runner,
      z.object({ schooljaar: z.string() }),
      `SELECT a.schooljaar FROM dossier a JOIN dossier b ON b.schooljaar = a.schooljaar AND b.jongere_id = $2
       WHERE a.jongere_id = $1 ORDER BY a.schooljaar`,
      [van, naar],
    );
    return gevonden.map((rij) => rij.schooljaar);
  }

  /** The dossier ids of `van` (their persoonsnummer is encrypted bound to the jongereId: re-encrypted by the caller). */
  async dossiersVan(runner: Runner, van: string): Promise<string[]> {
    return (await rows(runner, z.object({ id: z.string() }), 'SELECT id FROM dossier WHERE jongere_id = $1 FOR UPDATE', [van])).map((rij) => rij.id);
  }

  /**
   * Moves the person's rows from `van` to `naar`. `persoonsnummerVersleuteld` is the dossier's persoonsnummer
   * encrypted again for `naar` (the ciphertext is bound to the jongereId).
   */
  async voegSamen(runner: Runner, { van, naar }: Koppeling, persoonsnummerVersleuteld: string | null): Promise<void> {
    if (persoonsnummerVersleuteld !== null) {
      await execute(runner, 'UPDATE dossier SET jongere_id = $2, persoonsnummer_versleuteld = $3 WHERE jongere_id = $1', [
        van,
        naar,
        persoonsnummerVersleuteld,
      ]);
    }
    await execute(
      runner,
      `UPDATE aanmelding a SET jongere_id = $2 WHERE a.jongere_id = $1 AND NOT EXISTS (
         SELECT 1 FROM aanmelding b WHERE b.jongere_id = $2 AND b.schooljaar = a.schooljaar AND b.mbo_brin = a.mbo_brin AND b.crebo = a.crebo)`,
      [van, naar],
    );
    await execute(runner, 'UPDATE inschrijving SET jongere_id = $2 WHERE jongere_id = $1', [van, naar]);
    await execute(runner, 'UPDATE bsa SET jongere_id = $2 WHERE jongere_id = $1', [van, naar]);
    await execute(
      runner,
      `UPDATE signaal s SET jongere_id = $2 WHERE s.jongere_id = $1 AND NOT EXISTS (
         SELECT 1 FROM signaal t WHERE t.jongere_id = $2 AND t.regel = s.regel AND t.schooljaar = s.schooljaar AND t.aanleiding = s.aanleiding)`,
      [van, naar],
    );
    await execute(
      runner,
      `UPDATE deadline d SET jongere_id = $2 WHERE d.jongere_id = $1 AND NOT EXISTS (
         SELECT 1 FROM deadline e WHERE e.jongere_id = $2 AND e.regel = d.regel AND e.schooljaar = d.schooljaar AND e.aanleiding = d.aanleiding)`,
      [van, naar],
    );
  }

  /** The latest schooljaar overstap knows of the person (a dossier or an inschrijving): routes the link's event. */
  async laatsteSchooljaar(runner: Runner, jongereId: string): Promise<string | undefined> {
    const [rij] = await rows(
      runner,
      z.object({ schooljaar: z.string() }),
      `SELECT schooljaar FROM (SELECT schooljaar FROM dossier WHERE jongere_id = $1 UNION ALL SELECT schooljaar FROM inschrijving WHERE jongere_id = $1) s
       ORDER BY schooljaar DESC LIMIT 1`,
      [jongereId],
    );
    return rij?.schooljaar;
  }
}
