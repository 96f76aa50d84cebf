import { MigrationInterface, QueryRunner } from 'typeorm';

/** Alerts with their history, routing per region, organisation preferences, webhooks and the delivery log. */
export class Inbox1732320000700 implements MigrationInterface {
  name = 'Inbox1732320000700';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE alert (
        id               uuid PRIMARY KEY,
        nummer           bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
        signaal_type     text        NOT NULL,
        signaal_sleutel  text        NOT NULL,
        signaal_event_id uuid        NOT NULL,
        jongere_id       text,
        org_type         text        NOT NULL,
        org_code         text        NOT NULL,
        ontvanger        text        NOT NULL,
        context          jsonb       NOT NULL,
        signaal          jsonb       NOT NULL,
        status           text        NOT NULL DEFAULT 'nieuw' CHECK (status IN ('nieuw', 'gezien', 'opgepakt', 'afgehandeld')),
        toegewezen_sub   text,
        toegewezen_naam  text,
        uitkomst         text,
        escaleren_op     timestamptz,
        geescaleerd_op   timestamptz,
        escalatie_van    uuid REFERENCES alert (id),
        voor_digest      boolean     NOT NULL DEFAULT false,
        in_digest_op     timestamptz,
        aangemaakt_op    timestamptz NOT NULL,
        gewijzigd_op     timestamptz NOT NULL,
        CONSTRAINT alert_eenmalig UNIQUE (signaal_sleutel, org_type, org_code)
      )`);
    await queryRunner.query('CREATE INDEX alert_inbox_idx ON alert (org_type, org_code, status, aangemaakt_op DESC)');
    await queryRunner.query(
      `CREATE INDEX alert_escalatie_idx ON alert (escaleren_op) WHERE geescaleerd_op IS NULL AND status IN ('nieuw', 'gezien')`,
    );
    await queryRunner.query(`
      CREATE TABLE alert_historie (
        id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        alert_id     uuid        NOT NULL REFERENCES alert (id),
        actie        text        NOT NULL,
        van_status   text,
        naar_status  text        NOT NULL,
        door_sub     text        NOT NULL,
        door_naam    text        NOT NULL,
        toelichting  text,
        op           timestamptz NOT NULL
      )`);
    await queryRunner.query('CREATE INDEX alert_historie_alert_idx ON alert_historie (alert_id, id)');
    await queryRunner.query(`
      CREATE TABLE regio_routering (
        rmc_regio     text  NOT NULL,
        signaal_type  text  NOT NULL,
        ontvangers    text[] NOT NULL,
        gewijzigd_door text NOT NULL,
        gewijzigd_op  timestamptz NOT NULL,
        PRIMARY KEY (rmc_regio, signaal_type)
      )`);
    await queryRunner.query(`
      CREATE TABLE organisatie_voorkeur (
        org_type                  text   NOT NULL,
        org_code                  text   NOT NULL,
        email_adressen            text[] NOT NULL,
        coordinator_email_adressen text[] NOT NULL DEFAULT '{}',
        modus                     text   NOT NULL CHECK (modus IN ('direct', 'dagelijks')),
        gewijzigd_op              timestamptz NOT NULL,
        PRIMARY KEY (org_type, org_code)
      )`);
    await queryRunner.query(`
      CREATE TABLE webhook (
        org_type              text    NOT NULL,
        org_code              text    NOT NULL,
        url                   text    NOT NULL,
        geheim                text    NOT NULL,
        actief                boolean NOT NULL DEFAULT true,
        opeenvolgende_fouten  integer NOT NULL DEFAULT 0,
        uitgeschakeld_op      timestamptz,
        gewijzigd_op          timestamptz NOT NULL,
        PRIMARY KEY (org_type, org_code)
      )`);
    await queryRunner.query(`
      CREATE TABLE bezorging (
        id                 uuid PRIMARY KEY,
        kanaal             text        NOT NULL CHECK (kanaal IN ('email', 'webhook')),
        soort              text        NOT NULL CHECK (soort IN ('alert', 'escalatie', 'digest')),
        org_type           text        NOT NULL,
        org_code           text        NOT NULL,
        alert_ids          uuid[]      NOT NULL,
        status             text        NOT NULL CHECK (status IN ('wachtend', 'verzonden', 'mislukt', 'opgeschort')),
        pogingen           integer     NOT NULL DEFAULT 0,
        volgende_poging_op timestamptz NOT NULL,
        geclaimd_tot       timestamptz,
        laatste_fout       text,
        aangemaakt_op      timestamptz NOT NULL,
        verzonden_op       timestamptz
      )`);
    await queryRunner.query(`CREATE INDEX bezorging_due_idx ON bezorging (volgende_poging_op) WHERE status = 'wachtend'`);
    await queryRunner.query('CREATE INDEX bezorging_org_idx ON bezorging (org_type, org_code, aangemaakt_op DESC)');
    await queryRunner.query(`
      CREATE TABLE bezorgpoging (
        id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        bezorging_id  uuid        NOT NULL REFERENCES bezorging (id),
        poging        integer     NOT NULL,
        op            timestamptz NOT NULL,
        gelukt        boolean     NOT NULL,
        http_status   integer,
        fout          text,
        duur_ms       integer     NOT NULL
      )`);
    await queryRunner.query('CREATE INDEX bezorgpoging_bezorging_idx ON bezorgpoging (bezorging_id, id)');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['bezorgpoging', 'bezorging', 'webhook', 'organisatie_voorkeur', 'regio_routering', 'alert_historie', 'alert']) {
      await queryRunner.query(`DROP TABLE ${table}`);
    }
  }
}
