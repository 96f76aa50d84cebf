import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The streamed absence import stages one block per student per part of the file (the student's checked days as one
 * JSON array) instead of one row per day: a 500,000-row file is some thousands of staged tuples and index entries,
 * not half a million — the staging was most of the import's database work. Rows staged by a job still waiting are
 * carried over (one block per student); then the per-day table goes.
 */
export class AbsentieImportBlokken1732400006001 implements MigrationInterface {
  name = 'AbsentieImportBlokken1732400006001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE absentie_import_blok (
        import_id  uuid    NOT NULL REFERENCES absentie_import (id) ON DELETE CASCADE,
        jongere_id text    NOT NULL,
        volgnummer integer NOT NULL,
        dagen      json    NOT NULL,
        PRIMARY KEY (import_id, jongere_id, volgnummer)
      )`);
    // [datum, regel, ongeoorloofd, ziek, verlof, schorsing, teLaat, uitgestuurd, alleLessenGemist], hours in lesuren.
    await queryRunner.query(`
      INSERT INTO absentie_import_blok (import_id, jongere_id, volgnummer, dagen)
      SELECT import_id, jongere_id, 0,
        json_agg(json_build_array(datum::text, regel, ongeoorloofd / 100.0, ziek / 100.0, verlof / 100.0, schorsing / 100.0,
          te_laat, uitgestuurd, alle_lessen_gemist) ORDER BY datum)
      FROM absentie_import_rij GROUP BY import_id, jongere_id`);
    await queryRunner.query('DROP TABLE absentie_import_rij');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE absentie_import_rij (
        import_id          uuid     NOT NULL REFERENCES absentie_import (id) ON DELETE CASCADE,
        jongere_id         text     NOT NULL,
        datum              date     NOT NULL,
        regel              integer  NOT NULL,
        ongeoorloofd       integer  NOT NULL,
        ziek               integer  NOT NULL,
        verlof             integer  NOT NULL,
        schorsing          integer  NOT NULL,
        te_laat            integer  NOT NULL,
        uitgestuurd        integer  NOT NULL,
        alle_lessen_gemist boolean  NOT NULL,
        PRIMARY KEY (import_id, jongere_id, datum)
      )`);
    await queryRunner.query(`
      INSERT INTO absentie_import_rij
      SELECT b.import_id, b.jongere_id, (d->>0)::date, (d->>1)::integer, round((d->>2)::numeric * 100), round((d->>3)::numeric * 100),
        round((d->>4)::numeric * 100), round((d->>5)::numeric * 100), (d->>6)::integer, (d->>7)::integer, (d->>8)::boolean
      FROM absentie_import_blok b, json_array_elements(b.dagen) d
      ON CONFLICT DO NOTHING`);
    await queryRunner.query('DROP TABLE absentie_import_blok');
  }
}
