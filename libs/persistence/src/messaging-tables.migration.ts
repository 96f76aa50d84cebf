import { MigrationInterface, QueryRunner } from 'typeorm';
import { quoteSchema, schemaOf } from './run-migrations';

const qualifiedSchema = (queryRunner: QueryRunner): string => quoteSchema(schemaOf(queryRunner.connection));

/**
 * The outbox (events waiting for the relay) and the inbox (events a consumer already applied), in the schema of
 * every service. Every service lists this migration first.
 */
export class MessagingTables1732320000000 implements MigrationInterface {
  name = 'MessagingTables1732320000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const s = qualifiedSchema(queryRunner);
    await queryRunner.query(`
      CREATE TABLE ${s}.outbox (
        id           bigserial PRIMARY KEY,
        event_id     uuid        NOT NULL UNIQUE,
        event_type   text        NOT NULL,
        topic        text        NOT NULL,
        message_key  text        NOT NULL,
        envelope     jsonb       NOT NULL,
        created_at   timestamptz NOT NULL DEFAULT now(),
        published_at timestamptz
      )`);
    await queryRunner.query(`CREATE INDEX outbox_pending_idx ON ${s}.outbox (id) WHERE published_at IS NULL`);
    await queryRunner.query(`CREATE INDEX outbox_published_idx ON ${s}.outbox (published_at) WHERE published_at IS NOT NULL`);
    await queryRunner.query(`
      CREATE TABLE ${s}.inbox (
        consumer     text        NOT NULL,
        event_id     uuid        NOT NULL,
        event_type   text        NOT NULL,
        topic        text        NOT NULL,
        kafka_partition integer  NOT NULL,
        kafka_offset bigint      NOT NULL,
        received_at  timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (consumer, event_id)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const s = qualifiedSchema(queryRunner);
    await queryRunner.query(`DROP TABLE ${s}.inbox`);
    await queryRunner.query(`DROP TABLE ${s}.outbox`);
  }
}
