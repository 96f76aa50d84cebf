import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A region's outreach rounds (issue 13 item 3): a round over a DUO list's cases or a chosen set, and per case in it
 * the round's result (reaction, in beeld, handed to which organisation).
 */
export class Benaderrondes1732400011001 implements MigrationInterface {
  name = 'Benaderrondes1732400011001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE benaderronde (
        id             uuid        PRIMARY KEY,
        rmc_regio      text        NOT NULL,
        naam           text        NOT NULL,
        duo_lijst_id   uuid        REFERENCES duo_lijst (id),
        gestart_door   text        NOT NULL,
        gestart_op     timestamptz NOT NULL,
        afgesloten_op  timestamptz,
        afgesloten_door text
      )`);
    await queryRunner.query('CREATE INDEX benaderronde_regio_idx ON benaderronde (rmc_regio, gestart_op DESC)');
    await queryRunner.query(`
      CREATE TABLE benaderronde_deelnemer (
        ronde_id         uuid        NOT NULL REFERENCES benaderronde (id),
        casus_id         uuid        NOT NULL REFERENCES casus (id),
        reactie          text        NOT NULL DEFAULT 'nog-open',
        in_beeld         boolean     NOT NULL DEFAULT false,
        overgedragen_aan text,
        gewijzigd_door   text        NOT NULL,
        gewijzigd_op     timestamptz NOT NULL,
        PRIMARY KEY (ronde_id, casus_id)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE benaderronde_deelnemer');
    await queryRunner.query('DROP TABLE benaderronde');
  }
}
