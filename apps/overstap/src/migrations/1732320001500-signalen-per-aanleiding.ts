import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 10: every signal an owner, one signal per occurrence.
 * - inschrijving.woongemeente: the woongemeente the mbo gave (on the inschrijving or the uitschrijving); routes the
 *   student's signals when no dossier says where they live.
 * - signaal.aanleiding and deadline.aanleiding: what occurrence a per-occurrence rule signals (the inschrijving of an
 *   uitschrijving without startkwalificatie, of a negative BSA, of a re-enrolment window); '' for the rules that signal
 *   once per student and schooljaar. The unique keys take it in, so a second dropout years later is a second signal.
 */
export class SignalenPerAanleiding1732320001500 implements MigrationInterface {
  name = 'SignalenPerAanleiding1732320001500';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE inschrijving ADD COLUMN woongemeente text');
    await queryRunner.query(`ALTER TABLE signaal ADD COLUMN aanleiding text NOT NULL DEFAULT ''`);
    // The signals raised before: their occurrence is the student's first matching inschrijving of that schooljaar.
    await queryRunner.query(`
      UPDATE signaal s SET aanleiding = coalesce((
        SELECT i.id::text FROM inschrijving i
        WHERE i.jongere_id = s.jongere_id AND i.schooljaar = s.schooljaar AND i.status = 'uitgeschreven'
        ORDER BY i.uitgeschreven_per, i.geregistreerd_op LIMIT 1), '')
      WHERE s.regel = 'uitschrijving-zonder-startkwalificatie'`);
    await queryRunner.query(`
      UPDATE signaal s SET aanleiding = coalesce((
        SELECT b.inschrijving_id::text FROM bsa b
        WHERE b.jongere_id = s.jongere_id AND b.schooljaar = s.schooljaar AND b.negatief
        ORDER BY b.gegeven_op LIMIT 1), '')
      WHERE s.regel = 'negatief-bsa'`);
    await queryRunner.query('ALTER TABLE signaal DROP CONSTRAINT signaal_eenmalig');
    await queryRunner.query('ALTER TABLE signaal ADD CONSTRAINT signaal_eenmalig UNIQUE (regel, jongere_id, schooljaar, aanleiding)');
    await queryRunner.query(`ALTER TABLE deadline ADD COLUMN aanleiding text NOT NULL DEFAULT ''`);
    await queryRunner.query('ALTER TABLE deadline DROP CONSTRAINT deadline_pkey');
    await queryRunner.query('ALTER TABLE deadline ADD PRIMARY KEY (regel, schooljaar, jongere_id, aanleiding)');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE deadline DROP CONSTRAINT deadline_pkey');
    await queryRunner.query(
      `DELETE FROM deadline WHERE aanleiding <> '' AND ctid NOT IN (SELECT min(ctid) FROM deadline GROUP BY regel, schooljaar, jongere_id)`,
    );
    await queryRunner.query('ALTER TABLE deadline ADD PRIMARY KEY (regel, schooljaar, jongere_id)');
    await queryRunner.query('ALTER TABLE deadline DROP COLUMN aanleiding');
    await queryRunner.query('ALTER TABLE signaal DROP CONSTRAINT signaal_eenmalig');
    await queryRunner.query(`DELETE FROM signaal WHERE ctid NOT IN (SELECT min(ctid) FROM signaal GROUP BY regel, jongere_id, schooljaar)`);
    await queryRunner.query('ALTER TABLE signaal ADD CONSTRAINT signaal_eenmalig UNIQUE (regel, jongere_id, schooljaar)');
    await queryRunner.query('ALTER TABLE signaal DROP COLUMN aanleiding');
    await queryRunner.query('ALTER TABLE inschrijving DROP COLUMN woongemeente');
  }
}
