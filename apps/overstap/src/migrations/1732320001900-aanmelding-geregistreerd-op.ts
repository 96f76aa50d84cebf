import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The true registration time of an aanmelding (issue 11 §6): `aangemeld_op` is what the mbo claims (bounded backdating),
 * `geregistreerd_op` is when Sluitend received it. Existing rows take the time of their first status transition (written
 * in the same transaction as the aanmelding), else their last change.
 */
export class AanmeldingGeregistreerdOp1732320001900 implements MigrationInterface {
  name = 'AanmeldingGeregistreerdOp1732320001900';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE aanmelding ADD COLUMN geregistreerd_op timestamptz');
    await queryRunner.query(`
      UPDATE aanmelding a SET geregistreerd_op = coalesce(
        (SELECT min(h.op) FROM aanmelding_statushistorie h WHERE h.aanmelding_id = a.id AND h.van IS NULL), a.gewijzigd_op)`);
    await queryRunner.query('ALTER TABLE aanmelding ALTER COLUMN geregistreerd_op SET DEFAULT now(), ALTER COLUMN geregistreerd_op SET NOT NULL');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE aanmelding DROP COLUMN geregistreerd_op');
  }
}
