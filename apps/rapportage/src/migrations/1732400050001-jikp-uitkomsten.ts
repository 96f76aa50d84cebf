import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The part of the JiKP facts only trajecten knows (issue 15 item 3, ADR 0028): per closed case the pseudonymous
 * jongere id, the outcome category, the income class when working and known, and the Amsterdam day of closing —
 * participation (onderwijs, arbeid, dagbesteding, none) and RMC priority groups 2 and 3 on a peildatum. The rest of the
 * facts (background, age fact, startkwalificatie, enrolment) is in the VSV projection. Filled through the inbox from
 * trajecten.casus.afgesloten, rebuildable from the event log (ADR 0017): events closed before this migration are in it
 * after `herbouw-rapportage` has replayed the log.
 */
export class JikpUitkomsten1732400050001 implements MigrationInterface {
  name = 'JikpUitkomsten1732400050001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE jikp_uitkomst (
        casus_id        uuid PRIMARY KEY,
        jongere_id      text NOT NULL,
        uitkomst        text NOT NULL,
        inkomensklasse  text,
        afgesloten_op   date NOT NULL
      )`);
    await queryRunner.query('CREATE INDEX jikp_uitkomst_jongere_idx ON jikp_uitkomst (jongere_id)');
    // Person links as they arrive: a case closed under the onderwijsnummer's pseudonym may arrive (trajecten's topic)
    // after the link (overstap's topic); it is stored under the BSN's pseudonym either way.
    await queryRunner.query('CREATE TABLE jikp_koppeling (van text PRIMARY KEY, naar text NOT NULL)');
    // The JiKP read starts from the gemeenten of a region and gathers each young person's records.
    await queryRunner.query('CREATE INDEX vsv_vo_jongere_idx ON vsv_vo (jongere_id)');
    await queryRunner.query('CREATE INDEX vsv_vo_woongemeente_idx ON vsv_vo (woongemeente)');
    await queryRunner.query('CREATE INDEX vsv_inschrijving_woongemeente_idx ON vsv_inschrijving (woongemeente)');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX vsv_inschrijving_woongemeente_idx, vsv_vo_woongemeente_idx, vsv_vo_jongere_idx');
    await queryRunner.query('DROP TABLE jikp_koppeling, jikp_uitkomst');
  }
}
