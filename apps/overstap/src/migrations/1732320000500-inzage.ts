import { MigrationInterface, QueryRunner } from 'typeorm';

/** The audit trail of reads of personal data (AVG): who read which dossier, for which organisation, why and when. */
export class Inzage1732320000500 implements MigrationInterface {
  name = 'Inzage1732320000500';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE inzage (
        id          bigserial PRIMARY KEY,
        gebruiker   text        NOT NULL,
        organisatie text        NOT NULL,
        dossier_id  uuid        NOT NULL,
        reden       text        NOT NULL,
        op          timestamptz NOT NULL
      )`);
    await queryRunner.query('CREATE INDEX inzage_dossier_idx ON inzage (dossier_id, op)');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE inzage');
  }
}
