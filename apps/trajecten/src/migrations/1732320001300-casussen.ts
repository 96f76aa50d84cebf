import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * trajecten's first tables (issue 13): cases per RMC-regio and person pseudonym, the signals that came in (with what
 * they did), the case history, contact attempts and the regions' rule tables. One open case per person per region is
 * a partial unique index, not a check in code.
 */
export class Casussen1732320001300 implements MigrationInterface {
  name = 'Casussen1732320001300';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE casus (
        id                    uuid PRIMARY KEY,
        rmc_regio             text        NOT NULL,
        jongere_id            text        NOT NULL,
        status                text        NOT NULL,
        aanleiding            text        NOT NULL CHECK (aanleiding IN ('signaal', 'duo-lijst', 'inbox-alert', 'handmatig')),
        handmatige_aanleiding text,
        regisseur_sub         text,
        regisseur_naam        text,
        uitkomst              jsonb,
        geopend_op            timestamptz NOT NULL,
        gewijzigd_op          timestamptz NOT NULL,
        afgesloten_op         timestamptz,
        CHECK ((status = 'afgesloten') = (uitkomst IS NOT NULL AND afgesloten_op IS NOT NULL)),
        CHECK ((regisseur_sub IS NULL) = (regisseur_naam IS NULL))
      )`);
    await queryRunner.query(`CREATE UNIQUE INDEX casus_een_open_per_jongere_per_regio ON casus (rmc_regio, jongere_id) WHERE status <> 'afgesloten'`);
    await queryRunner.query('CREATE INDEX casus_regio_idx ON casus (rmc_regio, gewijzigd_op DESC, id)');

    // Every signal about a person in a region, once (signaal_id is the producer's id of the signal): the case it
    // opened or attached to, or none (the region lets it only attach and no case was open, or out of the target group).
    await queryRunner.query(`
      CREATE TABLE casus_signaal (
        signaal_id       uuid PRIMARY KEY,
        event_id         uuid        NOT NULL,
        event_type       text        NOT NULL,
        signaal_soort    text        NOT NULL,
        rmc_regio        text        NOT NULL,
        jongere_id       text        NOT NULL,
        casus_id         uuid REFERENCES casus (id),
        besluit          text        NOT NULL CHECK (besluit IN ('openen', 'koppelen', 'alleen-signaal', 'buiten-doelgroep')),
        ontvangen_op     timestamptz NOT NULL
      )`);
    await queryRunner.query('CREATE INDEX casus_signaal_casus_idx ON casus_signaal (casus_id, ontvangen_op)');
    await queryRunner.query('CREATE INDEX casus_signaal_los_idx ON casus_signaal (rmc_regio, jongere_id) WHERE casus_id IS NULL');

    await queryRunner.query(`
      CREATE TABLE casus_historie (
        id           bigserial PRIMARY KEY,
        casus_id     uuid        NOT NULL REFERENCES casus (id),
        actie        text        NOT NULL,
        van_status   text,
        naar_status  text,
        door         text,
        op           timestamptz NOT NULL,
        toelichting  text
      )`);
    await queryRunner.query('CREATE INDEX casus_historie_casus_idx ON casus_historie (casus_id, id)');

    await queryRunner.query(`
      CREATE TABLE contactpoging (
        id           uuid PRIMARY KEY,
        casus_id     uuid        NOT NULL REFERENCES casus (id),
        soort        text        NOT NULL,
        bereikt      boolean     NOT NULL,
        door         text        NOT NULL,
        op           timestamptz NOT NULL,
        toelichting  text,
        vastgelegd_op timestamptz NOT NULL
      )`);
    await queryRunner.query('CREATE INDEX contactpoging_casus_idx ON contactpoging (casus_id, op)');

    // A region's rules where they differ from the defaults (absent kinds follow STANDAARD_CASUS_REGELS).
    await queryRunner.query(`
      CREATE TABLE casus_regel (
        rmc_regio      text        NOT NULL,
        signaal_soort  text        NOT NULL,
        regel          text        NOT NULL CHECK (regel IN ('opent', 'koppelt')),
        gewijzigd_door text        NOT NULL,
        gewijzigd_op   timestamptz NOT NULL,
        PRIMARY KEY (rmc_regio, signaal_soort)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE casus_regel');
    await queryRunner.query('DROP TABLE contactpoging');
    await queryRunner.query('DROP TABLE casus_historie');
    await queryRunner.query('DROP TABLE casus_signaal');
    await queryRunner.query('DROP TABLE casus');
  }
}
