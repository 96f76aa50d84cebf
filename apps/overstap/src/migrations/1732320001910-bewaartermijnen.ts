import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Retention per table (issue 11, shared/bewaartermijnen.ts): an aanmelding's history goes with it, and the columns the
 * retention sweep ranges over get an index.
 */
export class Bewaartermijnen1732320001910 implements MigrationInterface {
  name = 'Bewaartermijnen1732320001910';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE aanmelding_statushistorie
        DROP CONSTRAINT aanmelding_statushistorie_aanmelding_id_fkey,
        ADD CONSTRAINT aanmelding_statushistorie_aanmelding_id_fkey FOREIGN KEY (aanmelding_id) REFERENCES aanmelding (id) ON DELETE CASCADE`);
    await queryRunner.query('CREATE INDEX aanmelding_geregistreerd_idx ON aanmelding (geregistreerd_op)');
    await queryRunner.query('CREATE INDEX dossier_versie_ingediend_idx ON dossier_versie (ingediend_op)');
    await queryRunner.query('CREATE INDEX inzage_op_idx ON inzage (op)');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX inzage_op_idx');
    await queryRunner.query('DROP INDEX dossier_versie_ingediend_idx');
    await queryRunner.query('DROP INDEX aanmelding_geregistreerd_idx');
    await queryRunner.query(`
      ALTER TABLE aanmelding_statushistorie
        DROP CONSTRAINT aanmelding_statushistorie_aanmelding_id_fkey,
        ADD CONSTRAINT aanmelding_statushistorie_aanmelding_id_fkey FOREIGN KEY (aanmelding_id) REFERENCES aanmelding (id)`);
  }
}
