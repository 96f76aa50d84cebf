import { MigrationInterface, QueryRunner } from 'typeorm';

export class Inschrijvingen1732320000600 implements MigrationInterface {
  name = 'Inschrijvingen1732320000600';

  async up(queryRunner: QueryRunner): Promise<void> {
    // Inschrijvingen at an mbo, with their end (uitschrijving with DUO's reason code 1–9, or a switch).
    await queryRunner.query(`
      CREATE TABLE inschrijving (
        id                uuid PRIMARY KEY,
        jongere_id        text        NOT NULL,
        schooljaar        text        NOT NULL,
        mbo_brin          text        NOT NULL,
        locatie           text        NOT NULL,
        crebo             text        NOT NULL,
        niveau            integer     NOT NULL,
        ingeschreven_per  date        NOT NULL,
        uitgeschreven_per date,
        uitschrijfreden   integer CHECK (uitschrijfreden BETWEEN 1 AND 9),
        status            text        NOT NULL CHECK (status IN ('ingeschreven', 'uitgeschreven', 'geswitcht')),
        geregistreerd_op  timestamptz NOT NULL
      )`);
    await queryRunner.query('CREATE INDEX inschrijving_jongere_idx ON inschrijving (jongere_id, ingeschreven_per)');
    await queryRunner.query('CREATE INDEX inschrijving_mbo_idx ON inschrijving (mbo_brin)');
    await queryRunner.query(`
      CREATE TABLE bsa (
        id          uuid PRIMARY KEY,
        jongere_id  text        NOT NULL,
        schooljaar  text        NOT NULL,
        inschrijving_id uuid    NOT NULL REFERENCES inschrijving (id),
        negatief    boolean     NOT NULL,
        gegeven_op  date        NOT NULL
      )`);
    // Per-person deadlines (the re-enrolment window after an uitschrijving): '' for deadlines of a whole schooljaar.
    await queryRunner.query(`ALTER TABLE deadline ADD COLUMN jongere_id text NOT NULL DEFAULT ''`);
    await queryRunner.query('ALTER TABLE deadline DROP CONSTRAINT deadline_pkey');
    await queryRunner.query('ALTER TABLE deadline ADD PRIMARY KEY (regel, schooljaar, jongere_id)');
    await queryRunner.query('CREATE INDEX deadline_due_idx ON deadline (due_at) WHERE fired_at IS NULL');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX deadline_due_idx');
    await queryRunner.query('ALTER TABLE deadline DROP CONSTRAINT deadline_pkey');
    await queryRunner.query(`DELETE FROM deadline WHERE jongere_id <> ''`);
    await queryRunner.query('ALTER TABLE deadline ADD PRIMARY KEY (regel, schooljaar)');
    await queryRunner.query('ALTER TABLE deadline DROP COLUMN jongere_id');
    await queryRunner.query('DROP TABLE bsa');
    await queryRunner.query('DROP TABLE inschrijving');
  }
}
