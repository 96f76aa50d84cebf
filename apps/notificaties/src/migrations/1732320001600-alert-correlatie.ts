import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The correlation id of the signal that made an alert, kept on the alert (and copied onto its escalation), so the
 * escalation's event and log lines carry the id of the request or event that started it all.
 */
export class AlertCorrelatie1732320001600 implements MigrationInterface {
  name = 'AlertCorrelatie1732320001600';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE alert ADD COLUMN correlation_id text');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE alert DROP COLUMN correlation_id');
  }
}
