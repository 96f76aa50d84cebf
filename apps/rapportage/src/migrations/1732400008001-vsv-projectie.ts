import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The projection statistical VSV counts on (issue 15 item 3, ADR 0023), from overstap's events: every mbo inschrijving
 * with the woongemeente and RMC-regio of its event and its end, every VO dossier (a VO enrolment in its school year),
 * and per young person the two facts the OCW definition needs besides enrolment — the last teldatum on which they are
 * under 23 (never the date of birth) and the first day they are known to hold a startkwalificatie. Codes, dates and
 * the pseudonymous jongere id only; filled through the inbox, rebuildable from the event log (ADR 0017).
 */
export class VsvProjectie1732400008001 implements MigrationInterface {
  name = 'VsvProjectie1732400008001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE vsv_inschrijving (
        inschrijving_id  uuid     PRIMARY KEY,
        jongere_id       text     NOT NULL,
        mbo_brin         text     NOT NULL,
        niveau           smallint NOT NULL,
        woongemeente     text,
        rmc_regio        text,
        ingeschreven_per date     NOT NULL,
        beeindigd_per    date
      )`);
    await queryRunner.query('CREATE INDEX vsv_inschrijving_jongere_idx ON vsv_inschrijving (jongere_id)');
    await queryRunner.query('CREATE INDEX vsv_inschrijving_periode_idx ON vsv_inschrijving (ingeschreven_per, beeindigd_per)');
    await queryRunner.query(`
      CREATE TABLE vsv_vo (
        dossier_id    uuid     PRIMARY KEY,
        versie        integer  NOT NULL,
        jongere_id    text     NOT NULL,
        schooljaar    text     NOT NULL,
        brin          text     NOT NULL,
        woongemeente  text     NOT NULL,
        rmc_regio     text,
        onderwijstype text     NOT NULL,
        leerjaar      smallint NOT NULL
      )`);
    await queryRunner.query('CREATE INDEX vsv_vo_jaar_idx ON vsv_vo (schooljaar, jongere_id)');
    await queryRunner.query(`
      CREATE TABLE vsv_jongere (
        jongere_id                text PRIMARY KEY,
        laatste_teldatum_onder23  date,
        startkwalificatie_op      date
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE vsv_jongere, vsv_vo, vsv_inschrijving');
  }
}
