import { MigrationInterface, QueryRunner } from 'typeorm';
import { quoteSchema, schemaOf } from './run-migrations';

const qualifiedSchema = (queryRunner: QueryRunner): string => quoteSchema(schemaOf(queryRunner.connection));

/**
 * What the platform needs to lose no signal (issue 10):
 * - an outbox row Kafka refuses for good (too large, invalid) is parked with its reason instead of blocking the
 *   rows behind it (`parked_at`, `park_reason`; the relay skips parked rows, `sluitend outbox retry` un-parks them);
 * - the inbox records an event that went to the dead-letter topic (`outcome = 'dead-lettered'`), so a redelivered
 *   batch does not dead-letter it again; a replay from the retry topic turns it into `applied`;
 * - inbox rows are deleted after a retention period: `received_at` gets an index for that sweep.
 */
export class MessagingReliability1764547200000 implements MigrationInterface {
  name = 'MessagingReliability1764547200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const s = qualifiedSchema(queryRunner);
    await queryRunner.query(`ALTER TABLE ${s}.outbox ADD COLUMN parked_at timestamptz, ADD COLUMN park_reason text`);
    await queryRunner.query(`DROP INDEX ${s}.outbox_pending_idx`);
    await queryRunner.query(`CREATE INDEX outbox_pending_idx ON ${s}.outbox (id) WHERE published_at IS NULL AND parked_at IS NULL`);
    await queryRunner.query(`CREATE INDEX outbox_parked_idx ON ${s}.outbox (id) WHERE parked_at IS NOT NULL`);
    await queryRunner.query(
      `ALTER TABLE ${s}.inbox ADD COLUMN outcome text NOT NULL DEFAULT 'applied' CHECK (outcome IN ('applied', 'dead-lettered'))`,
    );
    await queryRunner.query(`CREATE INDEX inbox_received_at_idx ON ${s}.inbox (received_at)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const s = qualifiedSchema(queryRunner);
    await queryRunner.query(`DROP INDEX ${s}.inbox_received_at_idx`);
    await queryRunner.query(`ALTER TABLE ${s}.inbox DROP COLUMN outcome`);
    await queryRunner.query(`DROP INDEX ${s}.outbox_parked_idx`);
    await queryRunner.query(`DROP INDEX ${s}.outbox_pending_idx`);
    await queryRunner.query(`CREATE INDEX outbox_pending_idx ON ${s}.outbox (id) WHERE published_at IS NULL`);
    await queryRunner.query(`ALTER TABLE ${s}.outbox DROP COLUMN park_reason, DROP COLUMN parked_at`);
  }
}
