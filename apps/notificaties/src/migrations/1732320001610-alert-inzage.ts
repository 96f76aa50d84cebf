import { MigrationInterface, QueryRunner } from 'typeorm';

/** The audit trail of reads of alerts (AVG, issue 11): who read which alert, for which organisation, why and when. */
export class AlertInzage1732320001610 implements MigrationInterface {
  name = 'AlertInzage1732320001610';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE alert_inzage (
        id          bigserial PRIMARY KEY,
        gebruiker   text        NOT NULL,
        organisatie text        NOT NULL,
        alert_id    uuid        NOT NULL,
        reden       text        NOT NULL,
        op          timestamptz NOT NULL
      )`);
    await queryRunner.query('CREATE INDEX alert_inzage_alert_idx ON alert_inzage (alert_id, op)');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE alert_inzage');
  }
}
