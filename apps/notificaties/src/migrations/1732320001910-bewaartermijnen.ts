import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Retention per table (issue 11, shared/bewaartermijnen.ts): an alert's history and a delivery's attempts go with them,
 * an escalation keeps standing when the alert it escalated is gone, and the swept columns get an index.
 */
export class Bewaartermijnen1732320001910 implements MigrationInterface {
  name = 'Bewaartermijnen1732320001910';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE alert_historie
        DROP CONSTRAINT alert_historie_alert_id_fkey,
        ADD CONSTRAINT alert_historie_alert_id_fkey FOREIGN KEY (alert_id) REFERENCES alert (id) ON DELETE CASCADE`);
    await queryRunner.query(`
      ALTER TABLE alert
        DROP CONSTRAINT alert_escalatie_van_fkey,
        ADD CONSTRAINT alert_escalatie_van_fkey FOREIGN KEY (escalatie_van) REFERENCES alert (id) ON DELETE SET NULL`);
    await queryRunner.query(`
      ALTER TABLE bezorgpoging
        DROP CONSTRAINT bezorgpoging_bezorging_id_fkey,
        ADD CONSTRAINT bezorgpoging_bezorging_id_fkey FOREIGN KEY (bezorging_id) REFERENCES bezorging (id) ON DELETE CASCADE`);
    await queryRunner.query(`CREATE INDEX alert_afgehandeld_idx ON alert (gewijzigd_op) WHERE status = 'afgehandeld'`);
    await queryRunner.query('CREATE INDEX alert_inzage_op_idx ON alert_inzage (op)');
    await queryRunner.query(`CREATE INDEX bezorging_klaar_idx ON bezorging (aangemaakt_op) WHERE status IN ('verzonden', 'mislukt')`);
    await queryRunner.query('CREATE INDEX medewerker_gezien_idx ON medewerker (laatst_gezien)');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const index of ['medewerker_gezien_idx', 'bezorging_klaar_idx', 'alert_inzage_op_idx', 'alert_afgehandeld_idx'])
      await queryRunner.query(`DROP INDEX ${index}`);
    await queryRunner.query(`
      ALTER TABLE bezorgpoging DROP CONSTRAINT bezorgpoging_bezorging_id_fkey,
        ADD CONSTRAINT bezorgpoging_bezorging_id_fkey FOREIGN KEY (bezorging_id) REFERENCES bezorging (id)`);
    await queryRunner.query(`
      ALTER TABLE alert DROP CONSTRAINT alert_escalatie_van_fkey,
        ADD CONSTRAINT alert_escalatie_van_fkey FOREIGN KEY (escalatie_van) REFERENCES alert (id)`);
    await queryRunner.query(`
      ALTER TABLE alert_historie DROP CONSTRAINT alert_historie_alert_id_fkey,
        ADD CONSTRAINT alert_historie_alert_id_fkey FOREIGN KEY (alert_id) REFERENCES alert (id)`);
  }
}
