import { MigrationInterface, QueryRunner } from 'typeorm';

/** CSV uploads of dossiers as background jobs: progress and per-row report, no row contents. */
export class DossierImports1732320000400 implements MigrationInterface {
  name = 'DossierImports1732320000400';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE dossier_import (
        id               uuid PRIMARY KEY,
        brin             text        NOT NULL,
        ingediend_door   text        NOT NULL,
        correlation_id   text        NOT NULL,
        modus            text        NOT NULL CHECK (modus IN ('alles-of-niets', 'per-rij')),
        status           text        NOT NULL CHECK (status IN ('wachtend', 'bezig', 'voltooid', 'afgewezen', 'mislukt')),
        fase             text        CHECK (fase IN ('valideren', 'opslaan')),
        totaal           integer     NOT NULL,
        gevalideerd      integer     NOT NULL DEFAULT 0,
        verwerkt         integer     NOT NULL DEFAULT 0,
        aangemaakt       integer     NOT NULL DEFAULT 0,
        bijgewerkt       integer     NOT NULL DEFAULT 0,
        ongewijzigd      integer     NOT NULL DEFAULT 0,
        fouten           integer     NOT NULL DEFAULT 0,
        meldingen        jsonb       NOT NULL DEFAULT '[]',
        meldingen_totaal integer     NOT NULL DEFAULT 0,
        reden            text,
        ontvangen_op     timestamptz NOT NULL,
        gestart_op       timestamptz,
        klaar_op         timestamptz,
        hartslag_op      timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE INDEX dossier_import_open_idx ON dossier_import (hartslag_op) WHERE status IN ('wachtend', 'bezig')`);
    await queryRunner.query('CREATE INDEX dossier_import_klaar_idx ON dossier_import (klaar_op)');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE dossier_import');
  }
}
