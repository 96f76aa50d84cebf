import { MigrationInterface, QueryRunner } from 'typeorm';

export class DossierProjectie1732320000200 implements MigrationInterface {
  name = 'DossierProjectie1732320000200';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE dossier_projectie (
        dossier_id       uuid PRIMARY KEY,
        versie           integer     NOT NULL,
        schooljaar       text        NOT NULL,
        brin             text        NOT NULL,
        vestiging        text        NOT NULL,
        woongemeente     text        NOT NULL,
        rmc_regio        text,
        onderwijstype    text        NOT NULL,
        bestemming       text        NOT NULL,
        ingediend_op     timestamptz NOT NULL,
        geprojecteerd_op timestamptz NOT NULL
      )`);
    await queryRunner.query('CREATE INDEX dossier_projectie_schooljaar_idx ON dossier_projectie (schooljaar, vestiging)');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE dossier_projectie');
  }
}
