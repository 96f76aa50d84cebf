import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The live stream `alerts` (ADR 0021): after every statement that inserts or updates alerts, one NOTIFY per
 * organisation concerned on `live.<schema>` — delivered when the transaction commits, to every replica. It names the
 * organisation and how many alerts changed, never a person.
 */
export class LiveAlerts1732320002110 implements MigrationInterface {
  name = 'LiveAlerts1732320002110';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE FUNCTION live_alerts() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_notify('live.' || TG_TABLE_SCHEMA, json_build_object('stroom', 'alerts', 'org', org, 'aantal', aantal)::text)
        FROM (SELECT org_type || ':' || org_code AS org, count(*)::int AS aantal FROM nieuw GROUP BY 1) AS per_organisatie;
        RETURN NULL;
      END $$`);
    await queryRunner.query(
      'CREATE TRIGGER alert_live_insert AFTER INSERT ON alert REFERENCING NEW TABLE AS nieuw FOR EACH STATEMENT EXECUTE FUNCTION live_alerts()',
    );
    await queryRunner.query(
      'CREATE TRIGGER alert_live_update AFTER UPDATE ON alert REFERENCING NEW TABLE AS nieuw FOR EACH STATEMENT EXECUTE FUNCTION live_alerts()',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TRIGGER alert_live_update ON alert');
    await queryRunner.query('DROP TRIGGER alert_live_insert ON alert');
    await queryRunner.query('DROP FUNCTION live_alerts()');
  }
}
