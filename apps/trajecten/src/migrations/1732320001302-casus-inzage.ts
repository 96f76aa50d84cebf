import { MigrationInterface, QueryRunner } from 'typeorm';

/** Every read of a case (issue 13 item 11): who, for which organisation, what and when. Kept; no retention yet. */
export class CasusInzage1732320001302 implements MigrationInterface {
  name = 'CasusInzage1732320001302';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE casus_inzage (
        id        bigserial PRIMARY KEY,
        casus_id  uuid        NOT NULL REFERENCES casus (id),
        door      text        NOT NULL,
        org_type  text        NOT NULL,
        org_code  text        NOT NULL,
        wat       text        NOT NULL,
        op        timestamptz NOT NULL
      )`);
    await queryRunner.query('CREATE INDEX casus_inzage_casus_idx ON casus_inzage (casus_id, id)');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE casus_inzage');
  }
}
