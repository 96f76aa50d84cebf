import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The streamed absence import (registratie/commands/importeer-absenties): the job with its progress, the rows staged
 * while the file streams in (checked, pseudonymous; deleted when the job ends) and the job's report per line.
 */
export class AbsentieImports1732320002100 implements MigrationInterface {
  name = 'AbsentieImports1732320002100';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE absentie_import (
        id                uuid        PRIMARY KEY,
        brin              text        NOT NULL,
        status            text        NOT NULL CHECK (status IN ('inlezen', 'verwerken', 'klaar', 'afgewezen', 'mislukt')),
        gelezen           integer     NOT NULL DEFAULT 0,
        fouten            integer     NOT NULL DEFAULT 0,
        leerlingen        integer     NOT NULL DEFAULT 0,
        beoordeeld        integer     NOT NULL DEFAULT 0,
        meldingen_nieuw     integer   NOT NULL DEFAULT 0,
        meldingen_vervallen integer   NOT NULL DEFAULT 0,
        meldingen_gewijzigd integer   NOT NULL DEFAULT 0,
        reden             text,
        door_sub          text        NOT NULL,
        correlation_id    text        NOT NULL,
        ontvangen_op      timestamptz NOT NULL,
        bijgewerkt_op     timestamptz NOT NULL,
        klaar_op          timestamptz
      )`);
    await queryRunner.query('CREATE INDEX absentie_import_status_idx ON absentie_import (status, bijgewerkt_op)');
    await queryRunner.query('CREATE INDEX absentie_import_ontvangen_idx ON absentie_import (ontvangen_op)');
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
      CREATE TABLE absentie_import_fout (
        import_id uuid    NOT NULL REFERENCES absentie_import (id) ON DELETE CASCADE,
        regel     integer NOT NULL,
        kolom     text    NOT NULL,
        regelcode text    NOT NULL,
        melding   text    NOT NULL
      )`);
    await queryRunner.query('CREATE INDEX absentie_import_fout_idx ON absentie_import_fout (import_id, regel)');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE absentie_import_fout');
    await queryRunner.query('DROP TABLE absentie_import_rij');
    await queryRunner.query('DROP TABLE absentie_import');
  }
}
