import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Dossier ownership (issue 11, ADR 0020): a second school that submits a dossier for a student another vestiging
 * holds starts an overdracht instead of being refused. The request keeps the submitted content (the persoonsnummer
 * only encrypted) until the holding school or the region's RMC releases or refuses it, or ops overrides.
 */
export class DossierOverdracht1732320002000 implements MigrationInterface {
  name = 'DossierOverdracht1732320002000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE dossier_overdracht (
        id                          uuid        PRIMARY KEY,
        dossier_id                  uuid        NOT NULL REFERENCES dossier (id) ON DELETE CASCADE,
        naar_brin                   text        NOT NULL,
        naar_vestiging              text        NOT NULL,
        status                      text        NOT NULL CHECK (status IN ('aangevraagd', 'vrijgegeven', 'geweigerd', 'geforceerd')),
        inhoud                      jsonb       NOT NULL,
        inhoud_hash                 text        NOT NULL,
        persoonsnummer_versleuteld  text        NOT NULL,
        aangevraagd_door            text        NOT NULL,
        aangevraagd_op              timestamptz NOT NULL,
        besloten_door               text,
        besloten_door_organisatie   text,
        besloten_op                 timestamptz,
        reden                       text
      )`);
    // One open request per dossier and requesting vestiging: submitting again updates it.
    await queryRunner.query(
      `CREATE UNIQUE INDEX dossier_overdracht_open_idx ON dossier_overdracht (dossier_id, naar_vestiging) WHERE status = 'aangevraagd'`,
    );
    await queryRunner.query('CREATE INDEX dossier_overdracht_naar_idx ON dossier_overdracht (naar_brin, aangevraagd_op)');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE dossier_overdracht');
  }
}
