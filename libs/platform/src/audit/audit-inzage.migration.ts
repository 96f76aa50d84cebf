import { MigrationInterface, QueryRunner } from 'typeorm';

/** The audit of reads of the audit itself: the functionaris gegevensbescherming's listings and exports (issue 11). */
export class AuditInzage1732320002200 implements MigrationInterface {
  name = 'AuditInzage1732320002200';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE audit_inzage (
        id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        gebruiker   text        NOT NULL,
        organisatie text        NOT NULL,
        onderwerp   text        NOT NULL,
        reden       text        NOT NULL,
        op          timestamptz NOT NULL
      )`);
    await queryRunner.query('CREATE INDEX audit_inzage_org_idx ON audit_inzage (organisatie, op)');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE audit_inzage');
  }
}
