import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The nazorg check per case (issue 13 item 9): one row per case (the primary key keeps it single across
 * redeliveries, replicas and restarts), due the configured months after nazorg began or the case closed with a place;
 * fired once by the `nazorgcontrole` due work, then waiting on the casusregisseur's list until its result is recorded.
 */
export class Nazorgcontrole1732400001002 implements MigrationInterface {
  name = 'Nazorgcontrole1732400001002';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE nazorgcontrole (
        casus_id      uuid        PRIMARY KEY REFERENCES casus (id),
        rmc_regio     text        NOT NULL,
        vanaf         timestamptz NOT NULL,
        due_at        timestamptz NOT NULL,
        gevuurd_op    timestamptz,
        resultaat     text,
        toelichting   text,
        vastgelegd_door text,
        vastgelegd_op timestamptz,
        CHECK ((resultaat IS NULL) = (vastgelegd_op IS NULL))
      )`);
    await queryRunner.query('CREATE INDEX nazorgcontrole_due_idx ON nazorgcontrole (due_at) WHERE gevuurd_op IS NULL');
    await queryRunner.query(
      'CREATE INDEX nazorgcontrole_lijst_idx ON nazorgcontrole (rmc_regio, due_at) WHERE gevuurd_op IS NOT NULL AND resultaat IS NULL',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE nazorgcontrole');
  }
}
