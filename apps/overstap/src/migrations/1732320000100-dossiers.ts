import { MigrationInterface, QueryRunner } from 'typeorm';

export class Dossiers1732320000100 implements MigrationInterface {
  name = 'Dossiers1732320000100';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE dossier (
        id                         uuid PRIMARY KEY,
        jongere_id                 text        NOT NULL,
        schooljaar                 text        NOT NULL,
        brin                       text        NOT NULL,
        vestiging                  text        NOT NULL,
        woongemeente               text        NOT NULL,
        rmc_regio                  text,
        versie                     integer     NOT NULL,
        persoonsnummer_versleuteld text        NOT NULL,
        inhoud                     jsonb       NOT NULL,
        inhoud_hash                text        NOT NULL,
        ingediend_op               timestamptz NOT NULL DEFAULT now(),
        bijgewerkt_op              timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT dossier_jongere_schooljaar_uq UNIQUE (jongere_id, schooljaar)
      )`);
    await queryRunner.query('CREATE INDEX dossier_vestiging_idx ON dossier (vestiging, schooljaar)');
    await queryRunner.query('CREATE INDEX dossier_rmc_regio_idx ON dossier (rmc_regio, schooljaar)');
    await queryRunner.query(`
      CREATE TABLE dossier_versie (
        dossier_id     uuid        NOT NULL REFERENCES dossier (id),
        versie         integer     NOT NULL,
        inhoud         jsonb       NOT NULL,
        inhoud_hash    text        NOT NULL,
        ingediend_door text        NOT NULL,
        ingediend_op   timestamptz NOT NULL,
        PRIMARY KEY (dossier_id, versie)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE dossier_versie');
    await queryRunner.query('DROP TABLE dossier');
  }
}
