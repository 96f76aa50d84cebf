import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The one-time tickets of the live streams (ADR 0021): only the SHA-256 of a ticket is kept, with whose it is (the
 * caller's subject, organisation and roles, never a name) and for which stream, for 30 seconds.
 */
export class LiveTickets1732320002100 implements MigrationInterface {
  name = 'LiveTickets1732320002100';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE live_ticket (
        hash        text        PRIMARY KEY,
        stroom      text        NOT NULL,
        sub         text        NOT NULL,
        org_type    text        NOT NULL,
        org_code    text        NOT NULL,
        roles       text[]      NOT NULL,
        verloopt_op timestamptz NOT NULL
      )`);
    await queryRunner.query('CREATE INDEX live_ticket_verloopt_idx ON live_ticket (verloopt_op)');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE live_ticket');
  }
}
