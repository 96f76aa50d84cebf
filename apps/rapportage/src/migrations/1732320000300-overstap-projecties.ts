import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Projections of overstap's events for the tabellenboek and the signal counts (issue 15): every dossier version (the
 * choice as it stood on a date), aanmeldingen, inschrijvingen and signals. Codes, categories and the pseudonymous
 * jongere id only; filled through the inbox, rebuildable from the event log (ADR 0017).
 */
export class OverstapProjecties1732320000300 implements MigrationInterface {
  name = 'OverstapProjecties1732320000300';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE overstap_dossierversie (
        dossier_id    uuid        NOT NULL,
        versie        integer     NOT NULL,
        jongere_id    text        NOT NULL,
        schooljaar    text        NOT NULL,
        brin          text        NOT NULL,
        vestiging     text        NOT NULL,
        woongemeente  text        NOT NULL,
        rmc_regio     text,
        onderwijstype text        NOT NULL,
        bestemming    text        NOT NULL,
        ingediend_op  timestamptz NOT NULL,
        PRIMARY KEY (dossier_id, versie)
      )`);
    await queryRunner.query('CREATE INDEX overstap_dossierversie_school_idx ON overstap_dossierversie (schooljaar, brin, jongere_id)');
    await queryRunner.query(`
      CREATE TABLE overstap_aanmelding (
        aanmelding_id uuid        PRIMARY KEY,
        jongere_id    text        NOT NULL,
        schooljaar    text        NOT NULL,
        mbo_brin      text        NOT NULL,
        locatie       text        NOT NULL,
        crebo         text        NOT NULL,
        niveau        smallint    NOT NULL,
        op_tijd       boolean     NOT NULL,
        aangemeld_op  timestamptz NOT NULL,
        status        text        NOT NULL,
        status_op     timestamptz NOT NULL
      )`);
    await queryRunner.query('CREATE INDEX overstap_aanmelding_jongere_idx ON overstap_aanmelding (jongere_id, schooljaar)');
    await queryRunner.query(`
      CREATE TABLE overstap_inschrijving (
        inschrijving_id  uuid     PRIMARY KEY,
        jongere_id       text     NOT NULL,
        schooljaar       text     NOT NULL,
        mbo_brin         text     NOT NULL,
        locatie          text     NOT NULL,
        crebo            text     NOT NULL,
        niveau           smallint NOT NULL,
        ingeschreven_per date     NOT NULL,
        switch_van       uuid,
        beeindigd_soort  text,
        beeindigd_per    date,
        reden            smallint
      )`);
    await queryRunner.query('CREATE INDEX overstap_inschrijving_jongere_idx ON overstap_inschrijving (jongere_id)');
    await queryRunner.query(`
      CREATE TABLE overstap_signaal (
        signaal_type    text        NOT NULL,
        sleutel         uuid        NOT NULL,
        jongere_id      text,
        schooljaar      text        NOT NULL,
        brin            text,
        vestiging       text,
        woongemeente    text,
        rmc_regio       text,
        gesignaleerd_op timestamptz NOT NULL,
        PRIMARY KEY (signaal_type, sleutel)
      )`);
    await queryRunner.query('CREATE INDEX overstap_signaal_school_idx ON overstap_signaal (schooljaar, brin)');
    await queryRunner.query('CREATE INDEX overstap_signaal_regio_idx ON overstap_signaal (schooljaar, rmc_regio)');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE overstap_signaal, overstap_inschrijving, overstap_aanmelding, overstap_dossierversie');
  }
}
