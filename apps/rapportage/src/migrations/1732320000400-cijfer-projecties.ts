import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Projections of trajecten's, notificaties' and verzuim's events (issue 15 items 4–6): one row per case, alert and
 * verzuimmelding, each event filling its own columns (so the row does not depend on the order events of one aggregate
 * arrive in). Codes, categories and times only — no person; filled through the inbox, rebuildable from the event log
 * (ADR 0017).
 */
export class CijferProjecties1732320000400 implements MigrationInterface {
  name = 'CijferProjecties1732320000400';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE trajecten_casus (
        casus_id         uuid        PRIMARY KEY,
        rmc_regio        text        NOT NULL,
        aanleiding       text,
        signaal_soort    text,
        geopend_op       timestamptz,
        status           text,
        status_op        timestamptz,
        uitkomst         text,
        afgesloten_op    timestamptz,
        eerste_contact   text,
        intake           text,
        samengevoegd_in  uuid,
        geprojecteerd_op timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query('CREATE INDEX trajecten_casus_afgesloten_idx ON trajecten_casus (rmc_regio, afgesloten_op)');
    await queryRunner.query(`
      CREATE TABLE notificaties_alert (
        alert_id          uuid        PRIMARY KEY,
        nummer            integer     NOT NULL,
        signaal_type      text        NOT NULL,
        organisatie_type  text        NOT NULL,
        organisatie_code  text        NOT NULL,
        ontvanger         text        NOT NULL,
        signaal_event_id  uuid,
        aangemaakt_op     timestamptz,
        escaleren_op      timestamptz,
        opgepakt_op       timestamptz,
        afgehandeld_op    timestamptz,
        uitkomst          text,
        geescaleerd_op    timestamptz,
        geprojecteerd_op  timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(
      'CREATE INDEX notificaties_alert_aangemaakt_idx ON notificaties_alert (aangemaakt_op, organisatie_type, organisatie_code)',
    );
    await queryRunner.query(`
      CREATE TABLE verzuim_melding (
        melding_id        uuid        PRIMARY KEY,
        soort             text        NOT NULL,
        brin              text        NOT NULL,
        startdatum        date        NOT NULL,
        schooljaar        text        NOT NULL,
        woongemeente      text,
        rmc_regio         text,
        voor_leerplicht   boolean     NOT NULL DEFAULT false,
        voor_rmc          boolean     NOT NULL DEFAULT false,
        verplicht         boolean,
        vervolgmelding    boolean,
        geregistreerd_op  timestamptz,
        ingetrokken_op    timestamptz,
        geprojecteerd_op  timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query('CREATE INDEX verzuim_melding_schooljaar_idx ON verzuim_melding (schooljaar, brin)');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE verzuim_melding');
    await queryRunner.query('DROP TABLE notificaties_alert');
    await queryRunner.query('DROP TABLE trajecten_casus');
  }
}
