import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Re-approach timers (issue 13 item 3): one row per case, rest and moment, planned when a case starts to rest
 * (declined, unreachable). The unique key keeps each timer single across redeliveries, replicas and restarts; firing
 * marks it, so it fires once.
 */
export class Heraanpak1732320001301 implements MigrationInterface {
  name = 'Heraanpak1732320001301';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE heraanpak (
        casus_id     uuid        NOT NULL REFERENCES casus (id),
        sleutel      text        NOT NULL,
        volgnummer   integer     NOT NULL,
        maanden      integer     NOT NULL,
        rust_sinds   timestamptz NOT NULL,
        due_at       timestamptz NOT NULL,
        gevuurd_op   timestamptz,
        vervallen_op timestamptz,
        PRIMARY KEY (casus_id, sleutel)
      )`);
    await queryRunner.query('CREATE INDEX heraanpak_due_idx ON heraanpak (due_at) WHERE gevuurd_op IS NULL AND vervallen_op IS NULL');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE heraanpak');
  }
}
