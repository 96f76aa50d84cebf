import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * verzuim's tables: the students a school enrols (pseudonym only), each school's calendar per schooljaar, absence per
 * student per lesdag, and the verzuimmeldingen. Hours are integer hundredths, as the domain core counts them.
 */
export class Verzuim1732320001400 implements MigrationInterface {
  name = 'Verzuim1732320001400';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE leerling (
        brin               text        NOT NULL,
        jongere_id         text        NOT NULL,
        geboortedatum      date        NOT NULL,
        woongemeente       text        NOT NULL,
        rmc_regio          text,
        onderwijstype      text        NOT NULL,
        ingeschreven_per   date        NOT NULL,
        uitgeschreven_per  date,
        startkwalificatie_op date,
        vrijgesteld_van_kwalificatieplicht boolean NOT NULL DEFAULT false,
        geregistreerd_op   timestamptz NOT NULL,
        bijgewerkt_op      timestamptz NOT NULL,
        PRIMARY KEY (brin, jongere_id)
      )`);
    await queryRunner.query(`
      CREATE TABLE schoolkalender (
        brin        text        NOT NULL,
        schooljaar  text        NOT NULL,
        versie      integer     NOT NULL,
        kalender    jsonb       NOT NULL,
        gezet_op    timestamptz NOT NULL,
        PRIMARY KEY (brin, schooljaar)
      )`);
    // What the law leaves to a school or its region (absent: the defaults of the domain core).
    await queryRunner.query(`
      CREATE TABLE verzuim_instellingen (
        brin              text        PRIMARY KEY,
        rmc_periode_weken integer     NOT NULL CHECK (rmc_periode_weken BETWEEN 1 AND 4),
        zestien_uur_voor_rmc_doelgroep boolean NOT NULL,
        gezet_op          timestamptz NOT NULL
      )`);
    await queryRunner.query(`
      CREATE TABLE absentie (
        brin          text     NOT NULL,
        jongere_id    text     NOT NULL,
        datum         date     NOT NULL,
        ongeoorloofd  integer  NOT NULL DEFAULT 0 CHECK (ongeoorloofd >= 0),
        ziek          integer  NOT NULL DEFAULT 0 CHECK (ziek >= 0),
        verlof        integer  NOT NULL DEFAULT 0 CHECK (verlof >= 0),
        schorsing     integer  NOT NULL DEFAULT 0 CHECK (schorsing >= 0),
        te_laat       integer  NOT NULL DEFAULT 0 CHECK (te_laat >= 0),
        uitgestuurd   integer  NOT NULL DEFAULT 0 CHECK (uitgestuurd >= 0),
        alle_lessen_gemist boolean NOT NULL DEFAULT false,
        vastgelegd_op timestamptz NOT NULL,
        PRIMARY KEY (brin, jongere_id, datum),
        FOREIGN KEY (brin, jongere_id) REFERENCES leerling (brin, jongere_id)
      )`);
    await queryRunner.query(`
      CREATE TABLE verzuimmelding (
        id                uuid PRIMARY KEY,
        brin              text        NOT NULL,
        jongere_id        text        NOT NULL,
        soort             text        NOT NULL CHECK (soort IN ('zestien-uur', 'langdurig-relatief', 'luxe', 'rmc', 'overig')),
        startdatum        date        NOT NULL,
        einddatum         date        NOT NULL,
        uren_gemist       integer     NOT NULL,
        dagen_gemist      integer     NOT NULL,
        alle_lessen_gemist boolean    NOT NULL,
        verplicht         boolean     NOT NULL,
        vervolgmelding    boolean     NOT NULL,
        ontvanger         text        NOT NULL CHECK (ontvanger IN ('leerplichtambtenaar', 'rmc')),
        verantwoordelijke text        NOT NULL,
        woongemeente      text        NOT NULL,
        rmc_regio         text,
        kalenders         text[]      NOT NULL DEFAULT '{}',
        vakantie          text,
        handmatig         boolean     NOT NULL,
        vermoedelijke_reden text,
        ondernomen_actie  text,
        actie_gemeente_gewenst boolean,
        status            text        NOT NULL DEFAULT 'geregistreerd'
                          CHECK (status IN ('geregistreerd', 'in-behandeling', 'afgesloten', 'ter-kennisgeving-aangenomen', 'ingetrokken')),
        vervallen_op      timestamptz,
        sluitreden        text,
        sluit_toelichting text,
        mas_fase          text,
        mas_route         text,
        geregistreerd_op  timestamptz NOT NULL,
        gewijzigd_op      timestamptz NOT NULL,
        FOREIGN KEY (brin, jongere_id) REFERENCES leerling (brin, jongere_id)
      )`);
    // One melding per occurrence (kind and first day, the domain core's meldingSleutel) while it stands.
    await queryRunner.query(`
      CREATE UNIQUE INDEX verzuimmelding_voorval_uniek ON verzuimmelding (brin, jongere_id, soort, startdatum)
      WHERE NOT handmatig AND status <> 'ingetrokken'`);
    // Every step of a melding's lifecycle and of the MAS: what, by whom (organisation, user) and when.
    await queryRunner.query(`
      CREATE TABLE melding_stap (
        id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        melding_id    uuid        NOT NULL REFERENCES verzuimmelding (id),
        actie         text,
        naar_status   text,
        fase          text,
        route         text,
        toelichting   text,
        door_org_type text        NOT NULL,
        door_org_code text        NOT NULL,
        door_sub      text        NOT NULL,
        op            timestamptz NOT NULL
      )`);
    await queryRunner.query('CREATE INDEX melding_stap_melding_idx ON melding_stap (melding_id, id)');
    // The audit trail of reads (AVG): who read which meldingen, for which organisation, when.
    await queryRunner.query(`
      CREATE TABLE melding_inzage (
        id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        gebruiker   text        NOT NULL,
        organisatie text        NOT NULL,
        melding_ids uuid[]      NOT NULL,
        op          timestamptz NOT NULL
      )`);
    await queryRunner.query('CREATE INDEX verzuimmelding_brin_idx ON verzuimmelding (brin, geregistreerd_op DESC)');
    await queryRunner.query('CREATE INDEX verzuimmelding_gemeente_idx ON verzuimmelding (woongemeente, geregistreerd_op DESC)');
    await queryRunner.query('CREATE INDEX verzuimmelding_regio_idx ON verzuimmelding (rmc_regio, geregistreerd_op DESC)');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE melding_inzage');
    await queryRunner.query('DROP TABLE melding_stap');
    await queryRunner.query('DROP TABLE verzuimmelding');
    await queryRunner.query('DROP TABLE absentie');
    await queryRunner.query('DROP TABLE verzuim_instellingen');
    await queryRunner.query('DROP TABLE schoolkalender');
    await queryRunner.query('DROP TABLE leerling');
  }
}
