import { MigrationInterface, QueryRunner } from 'typeorm';

/** A region's team for the caseload overview (issue 13 item 10): who carries cases, which kind, how many fte; its norms. */
export class Caseload1732320001303 implements MigrationInterface {
  name = 'Caseload1732320001303';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE caseload_team (
        rmc_regio  text    NOT NULL,
        gebruiker  text    NOT NULL,
        soort      text    NOT NULL CHECK (soort IN ('rmc', 'leerplicht')),
        fte        numeric NOT NULL CHECK (fte > 0 AND fte <= 1),
        PRIMARY KEY (rmc_regio, gebruiker)
      )`);
    await queryRunner.query(`
      CREATE TABLE caseload_norm (
        rmc_regio      text        PRIMARY KEY,
        normen         jsonb       NOT NULL,
        gewijzigd_door text        NOT NULL,
        gewijzigd_op   timestamptz NOT NULL
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE caseload_norm');
    await queryRunner.query('DROP TABLE caseload_team');
  }
}
