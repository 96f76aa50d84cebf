import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The monthly income class of a case closed with the outcome werk-zonder-startkwalificatie (RMC priority groups 2 and
 * 3: under € 300, under € 700), when the RMC knows it: a class, never the amount. The database holds the rules too —
 * one of the three classes, and only beside that outcome.
 */
export class CasusInkomensklasse1732400041001 implements MigrationInterface {
  name = 'CasusInkomensklasse1732400041001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE casus
        ADD COLUMN inkomensklasse text,
        ADD CONSTRAINT casus_inkomensklasse CHECK (inkomensklasse IN ('minder-dan-300', '300-tot-700', '700-of-meer')),
        ADD CONSTRAINT casus_inkomensklasse_bij_werk
          CHECK (inkomensklasse IS NULL OR (uitkomst ->> 'categorie') IS NOT DISTINCT FROM 'werk-zonder-startkwalificatie')`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE casus DROP COLUMN inkomensklasse');
  }
}
