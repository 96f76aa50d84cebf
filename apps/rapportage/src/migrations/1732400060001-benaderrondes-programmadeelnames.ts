import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * trajecten's outreach rounds and programme participations for the effectrapportage (issue 15 item 5): one row per
 * closed round with its totals and handovers per organisation (trajecten.benaderronde.afgesloten: counts only, no
 * young person), and one row per participation of a case in a regional programme (trajecten.programma.deelname-gestart
 * and -beeindigd: ids, days and the result code). Filled through the inbox, rebuildable from the event log (ADR 0017).
 */
export class BenaderrondesProgrammadeelnames1732400060001 implements MigrationInterface {
  name = 'BenaderrondesProgrammadeelnames1732400060001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE trajecten_benaderronde (
        ronde_id             uuid PRIMARY KEY,
        rmc_regio            text NOT NULL,
        afgesloten_op        date NOT NULL,
        schooljaar           text NOT NULL,
        aangeschreven        integer NOT NULL CHECK (aangeschreven >= 0),
        zelf_gereageerd      integer NOT NULL CHECK (zelf_gereageerd >= 0),
        telefonisch_bereikt  integer NOT NULL CHECK (telefonisch_bereikt >= 0),
        anders_bereikt       integer NOT NULL CHECK (anders_bereikt >= 0),
        niet_bereikt         integer NOT NULL CHECK (niet_bereikt >= 0),
        nog_open             integer NOT NULL CHECK (nog_open >= 0),
        in_beeld             integer NOT NULL CHECK (in_beeld >= 0),
        overgedragen_aan     jsonb NOT NULL,
        geprojecteerd_op     timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query('CREATE INDEX trajecten_benaderronde_jaar_idx ON trajecten_benaderronde (schooljaar, rmc_regio)');
    await queryRunner.query(`
      CREATE TABLE trajecten_programmadeelname (
        programma_id      uuid NOT NULL,
        casus_id          uuid NOT NULL,
        aangemeld_op      date NOT NULL,
        rmc_regio         text NOT NULL,
        afgemeld_op       date,
        resultaat         text,
        geprojecteerd_op  timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (programma_id, casus_id, aangemeld_op),
        CHECK ((afgemeld_op IS NULL) = (resultaat IS NULL))
      )`);
    await queryRunner.query('CREATE INDEX trajecten_programmadeelname_regio_idx ON trajecten_programmadeelname (rmc_regio, aangemeld_op)');
    await queryRunner.query('CREATE INDEX trajecten_programmadeelname_afgemeld_idx ON trajecten_programmadeelname (rmc_regio, afgemeld_op)');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE trajecten_programmadeelname, trajecten_benaderronde');
  }
}
