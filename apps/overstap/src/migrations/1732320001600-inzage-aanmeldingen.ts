import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Reads of aanmeldingen are audited too (issue 11): an inzage row names the dossier read, or the aanmelding read (with
 * its student's dossier when there is one).
 */
export class InzageAanmeldingen1732320001600 implements MigrationInterface {
  name = 'InzageAanmeldingen1732320001600';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE inzage
        ALTER COLUMN dossier_id DROP NOT NULL,
        ADD COLUMN aanmelding_id uuid,
        ADD CONSTRAINT inzage_onderwerp CHECK (dossier_id IS NOT NULL OR aanmelding_id IS NOT NULL)`);
    await queryRunner.query('CREATE INDEX inzage_aanmelding_idx ON inzage (aanmelding_id, op) WHERE aanmelding_id IS NOT NULL');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX inzage_aanmelding_idx');
    await queryRunner.query('DELETE FROM inzage WHERE dossier_id IS NULL');
    await queryRunner.query('ALTER TABLE inzage DROP CONSTRAINT inzage_onderwerp, DROP COLUMN aanmelding_id, ALTER COLUMN dossier_id SET NOT NULL');
  }
}
