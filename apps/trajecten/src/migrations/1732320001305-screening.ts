import { MigrationInterface, QueryRunner } from 'typeorm';

/** Screenings of a case (issue 13 item 4): every one kept, so the history shows the change per life domain and skill. */
export class Screening1732320001305 implements MigrationInterface {
  name = 'Screening1732320001305';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE screening (
        id            uuid        PRIMARY KEY,
        casus_id      uuid        NOT NULL REFERENCES casus (id),
        door          text        NOT NULL,
        afgenomen_op  timestamptz NOT NULL,
        leefdomeinen  jsonb       NOT NULL,
        vaardigheden  jsonb       NOT NULL,
        toelichting   text,
        vastgelegd_op timestamptz NOT NULL
      )`);
    await queryRunner.query('CREATE INDEX screening_casus_idx ON screening (casus_id, afgenomen_op)');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE screening');
  }
}
