import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 10, person linking (ADR 0018): DUO's BSN↔onderwijsnummer koppeling as pseudonyms only. `van` is the
 * onderwijsnummer's jongereId, `naar` the BSN's; the primary key on `van` is the rule "one onderwijsnummer, one BSN".
 * No BSN or onderwijsnummer is stored.
 */
export class PersoonKoppeling1732320001818 implements MigrationInterface {
  name = 'PersoonKoppeling1732320001818';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE persoon_koppeling (
        van            text PRIMARY KEY,
        naar           text        NOT NULL,
        gekoppeld_door text        NOT NULL,
        correlation_id text        NOT NULL,
        gekoppeld_op   timestamptz NOT NULL,
        CHECK (van <> naar)
      )`);
    await queryRunner.query('CREATE INDEX persoon_koppeling_naar_idx ON persoon_koppeling (naar)');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE persoon_koppeling');
  }
}
