import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A region's programmes and their participations (issue 13 item 8): one running participation per case and programme
 * (a partial unique index), each with its result when the participant leaves.
 */
export class Programmas1732400001001 implements MigrationInterface {
  name = 'Programmas1732400001001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE programma (
        id              uuid        PRIMARY KEY,
        rmc_regio       text        NOT NULL,
        naam            text        NOT NULL,
        capaciteit      integer,
        startdatum      date        NOT NULL,
        einddatum       date,
        aangemaakt_door text        NOT NULL,
        aangemaakt_op   timestamptz NOT NULL,
        CHECK (einddatum IS NULL OR einddatum >= startdatum),
        CHECK (capaciteit IS NULL OR capaciteit BETWEEN 1 AND 1000)
      )`);
    await queryRunner.query('CREATE INDEX programma_regio_idx ON programma (rmc_regio, startdatum DESC)');
    await queryRunner.query(`
      CREATE TABLE programma_deelname (
        id             uuid        PRIMARY KEY,
        programma_id   uuid        NOT NULL REFERENCES programma (id),
        casus_id       uuid        NOT NULL REFERENCES casus (id),
        aangemeld_op   date        NOT NULL,
        aangemeld_door text        NOT NULL,
        afgemeld_op    date,
        afgemeld_door  text,
        resultaat      text,
        toelichting    text,
        gewijzigd_op   timestamptz NOT NULL,
        CHECK ((afgemeld_op IS NULL) = (resultaat IS NULL)),
        CHECK (afgemeld_op IS NULL OR afgemeld_op >= aangemeld_op)
      )`);
    await queryRunner.query(
      'CREATE UNIQUE INDEX programma_deelname_lopend_uq ON programma_deelname (programma_id, casus_id) WHERE afgemeld_op IS NULL',
    );
    await queryRunner.query('CREATE INDEX programma_deelname_casus_idx ON programma_deelname (casus_id)');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE programma_deelname');
    await queryRunner.query('DROP TABLE programma');
  }
}
