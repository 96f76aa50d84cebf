import { MigrationInterface, QueryRunner } from 'typeorm';

/** The netwerkoverleg's advice per case and meeting (issue 13 item 5): triage, route, assignment, who decided. */
export class NetwerkoverlegAdvies1732320001308 implements MigrationInterface {
  name = 'NetwerkoverlegAdvies1732320001308';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE netwerkoverleg_advies (
        id               uuid        PRIMARY KEY,
        casus_id         uuid        NOT NULL REFERENCES casus (id),
        rmc_regio        text        NOT NULL,
        overlegdatum     date        NOT NULL,
        triage           text        NOT NULL,
        route            text,
        toewijzing_type  text        NOT NULL,
        toewijzing_code  text        NOT NULL,
        rol              text        NOT NULL,
        besluit_door     text        NOT NULL,
        toelichting      text,
        vastgelegd_op    timestamptz NOT NULL
      )`);
    await queryRunner.query('CREATE INDEX netwerkoverleg_advies_casus_idx ON netwerkoverleg_advies (casus_id, vastgelegd_op)');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE netwerkoverleg_advies');
  }
}
