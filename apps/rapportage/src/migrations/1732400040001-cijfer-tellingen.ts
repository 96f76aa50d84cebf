import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Counts beside the alert and case projections (ADR 0027): the dashboards read a few thousand counted groups instead
 * of every alert or case of a school year (at national size 400,000 alerts took seconds to read and fold). The
 * projections get the school year they are counted in (of the creation / of the closing, by the Amsterdam day);
 * rows already there get it here, and the counts are filled from them. The class bounds below are those of the
 * domain on the day of this migration (reactietijd: < 4 h, < 24 h, ≤ 72 h); the projection keeps the counts from now on.
 * The range indexes the old reads used go: nothing reads the projections by time any more. `aantal` has no CHECK
 * (≥ 0): PostgreSQL checks an upsert's proposed row before it finds the conflict, and a decrement is proposed as −1.
 */
export class CijferTellingen1732400040001 implements MigrationInterface {
  name = 'CijferTellingen1732400040001';

  async up(queryRunner: QueryRunner): Promise<void> {
    const schooljaar = (kolom: string) => `(
      CASE WHEN extract(month FROM ${kolom} AT TIME ZONE 'Europe/Amsterdam') >= 8
           THEN extract(year FROM ${kolom} AT TIME ZONE 'Europe/Amsterdam')::int
           ELSE extract(year FROM ${kolom} AT TIME ZONE 'Europe/Amsterdam')::int - 1 END)`;
    const jaar = (kolom: string) => `lpad(${schooljaar(kolom)}::text, 4, '0') || '-' || lpad((${schooljaar(kolom)} + 1)::text, 4, '0')`;
    const klasse = (kolom: string) => `CASE WHEN ${kolom} IS NULL THEN 4
      WHEN ${kolom} - aangemaakt_op < interval '4 hours' THEN 0 WHEN ${kolom} - aangemaakt_op < interval '24 hours' THEN 1
      WHEN ${kolom} - aangemaakt_op <= interval '72 hours' THEN 2 ELSE 3 END`;

    await queryRunner.query('ALTER TABLE notificaties_alert ADD COLUMN schooljaar text');
    await queryRunner.query(`UPDATE notificaties_alert SET schooljaar = ${jaar('aangemaakt_op')} WHERE aangemaakt_op IS NOT NULL`);
    await queryRunner.query(`
      CREATE TABLE alert_telling (
        schooljaar         text     NOT NULL,
        organisatie_type   text     NOT NULL,
        organisatie_code   text     NOT NULL,
        signaal_type       text     NOT NULL,
        opgepakt           boolean  NOT NULL,
        afgehandeld        boolean  NOT NULL,
        geescaleerd        boolean  NOT NULL,
        opgepakt_klasse    smallint NOT NULL,
        afgehandeld_klasse smallint NOT NULL,
        aantal             integer  NOT NULL,
        PRIMARY KEY (schooljaar, organisatie_type, organisatie_code, signaal_type, opgepakt, afgehandeld, geescaleerd,
                     opgepakt_klasse, afgehandeld_klasse)
      )`);
    await queryRunner.query(`
      INSERT INTO alert_telling
      SELECT schooljaar, organisatie_type, organisatie_code, signaal_type, opgepakt_op IS NOT NULL, afgehandeld_op IS NOT NULL,
             geescaleerd_op IS NOT NULL, ${klasse('opgepakt_op')}, ${klasse('afgehandeld_op')}, count(*)
      FROM notificaties_alert WHERE schooljaar IS NOT NULL GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9`);
    await queryRunner.query('DROP INDEX notificaties_alert_aangemaakt_idx');

    await queryRunner.query('ALTER TABLE trajecten_casus ADD COLUMN afgesloten_schooljaar text');
    await queryRunner.query(`UPDATE trajecten_casus SET afgesloten_schooljaar = ${jaar('afgesloten_op')} WHERE afgesloten_op IS NOT NULL`);
    await queryRunner.query(`
      CREATE TABLE casus_telling (
        schooljaar     text    NOT NULL,
        rmc_regio      text    NOT NULL,
        uitkomst       text    NOT NULL,
        eerste_contact text    NOT NULL,
        intake         text    NOT NULL,
        aantal         integer NOT NULL,
        PRIMARY KEY (schooljaar, rmc_regio, uitkomst, eerste_contact, intake)
      )`);
    await queryRunner.query(`
      INSERT INTO casus_telling
      SELECT afgesloten_schooljaar, rmc_regio, uitkomst, eerste_contact, intake, count(*)
      FROM trajecten_casus
      WHERE afgesloten_schooljaar IS NOT NULL AND uitkomst IS NOT NULL AND eerste_contact IS NOT NULL AND intake IS NOT NULL
        AND samengevoegd_in IS NULL
      GROUP BY 1, 2, 3, 4, 5`);
    await queryRunner.query('DROP INDEX trajecten_casus_afgesloten_idx');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('CREATE INDEX trajecten_casus_afgesloten_idx ON trajecten_casus (rmc_regio, afgesloten_op)');
    await queryRunner.query('DROP TABLE casus_telling');
    await queryRunner.query('ALTER TABLE trajecten_casus DROP COLUMN afgesloten_schooljaar');
    await queryRunner.query(
      'CREATE INDEX notificaties_alert_aangemaakt_idx ON notificaties_alert (aangemaakt_op, organisatie_type, organisatie_code)',
    );
    await queryRunner.query('DROP TABLE alert_telling');
    await queryRunner.query('ALTER TABLE notificaties_alert DROP COLUMN schooljaar');
  }
}
