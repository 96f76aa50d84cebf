import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The users known per organisation (issue 11 §6): everyone who worked in an organisation's inbox with a token of that
 * organisation. An alert can be assigned only to the caller or to a user known in the caller's organisation.
 */
export class Medewerker1732320001900 implements MigrationInterface {
  name = 'Medewerker1732320001900';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE medewerker (
        org_type      text        NOT NULL,
        org_code      text        NOT NULL,
        sub           text        NOT NULL,
        naam          text        NOT NULL,
        laatst_gezien timestamptz NOT NULL,
        PRIMARY KEY (org_type, org_code, sub)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE medewerker');
  }
}
