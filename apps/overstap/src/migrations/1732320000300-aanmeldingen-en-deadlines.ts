import { MigrationInterface, QueryRunner } from 'typeorm';

export class AanmeldingenEnDeadlines1732320000300 implements MigrationInterface {
  name = 'AanmeldingenEnDeadlines1732320000300';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE aanmelding (
        id           uuid PRIMARY KEY,
        jongere_id   text        NOT NULL,
        schooljaar   text        NOT NULL,
        mbo_brin     text        NOT NULL,
        locatie      text        NOT NULL,
        crebo        text        NOT NULL,
        niveau       integer     NOT NULL,
        startdatum   date        NOT NULL,
        status       text        NOT NULL,
        aangemeld_op timestamptz NOT NULL,
        op_tijd      boolean     NOT NULL,
        gewijzigd_op timestamptz NOT NULL,
        CONSTRAINT aanmelding_uniek UNIQUE (jongere_id, schooljaar, mbo_brin, crebo)
      )`);
    await queryRunner.query('CREATE INDEX aanmelding_jongere_idx ON aanmelding (jongere_id, schooljaar, aangemeld_op)');
    await queryRunner.query('CREATE INDEX aanmelding_mbo_idx ON aanmelding (mbo_brin, schooljaar)');
    await queryRunner.query(`
      CREATE TABLE aanmelding_statushistorie (
        aanmelding_id uuid        NOT NULL REFERENCES aanmelding (id),
        van           text,
        naar          text        NOT NULL,
        op            timestamptz NOT NULL,
        door          text        NOT NULL
      )`);
    await queryRunner.query('CREATE INDEX aanmelding_statushistorie_idx ON aanmelding_statushistorie (aanmelding_id)');
    // Durable deadlines (ARCHITECTURE §5): one row per rule and schooljaar, fired once.
    await queryRunner.query(`
      CREATE TABLE deadline (
        regel      text        NOT NULL,
        schooljaar text        NOT NULL,
        due_at     timestamptz NOT NULL,
        fired_at   timestamptz,
        PRIMARY KEY (regel, schooljaar)
      )`);
    // A signal per rule, person and schooljaar: the unique key makes every signal fire exactly once.
    await queryRunner.query(`
      CREATE TABLE signaal (
        id           uuid        PRIMARY KEY,
        regel        text        NOT NULL,
        jongere_id   text        NOT NULL,
        schooljaar   text        NOT NULL,
        dossier_id   uuid,
        aangemaakt_op timestamptz NOT NULL,
        CONSTRAINT signaal_eenmalig UNIQUE (regel, jongere_id, schooljaar)
      )`);

    // Demo mode only: how far the clock was moved, so every replica and a restart keep the demo's time.
    await queryRunner.query('CREATE TABLE demo_klok (id integer PRIMARY KEY CHECK (id = 1), offset_ms bigint NOT NULL)');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE demo_klok');
    await queryRunner.query('DROP TABLE signaal');
    await queryRunner.query('DROP TABLE deadline');
    await queryRunner.query('DROP TABLE aanmelding_statushistorie');
    await queryRunner.query('DROP TABLE aanmelding');
  }
}
