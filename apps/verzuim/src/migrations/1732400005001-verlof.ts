import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Verlof: a school's verlof requests per student (pseudonym only), the legal frame computed when asked (lesdagen, who
 * decides, the bars), and the decision — who (the school's head or the leerplichtambtenaar of the woongemeente) and
 * when. Granted verlof makes absence on its lesdagen geoorloofd.
 */
export class Verlof1732400005001 implements MigrationInterface {
  name = 'Verlof1732400005001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE verlofaanvraag (
        id               uuid        PRIMARY KEY,
        brin             text        NOT NULL,
        jongere_id       text        NOT NULL,
        woongemeente     text        NOT NULL,
        soort            text        NOT NULL CHECK (soort IN ('vakantieverlof', 'gewichtige-omstandigheden', 'religieuze-verplichting')),
        omstandigheid    text,
        van              date        NOT NULL,
        tot_en_met       date        NOT NULL CHECK (tot_en_met >= van),
        aangevraagd_op   date        NOT NULL,
        ontstaan_op      date,
        werkgeversverklaring boolean NOT NULL DEFAULT false,
        schooljaar       text        NOT NULL,
        lesdagen         integer     NOT NULL,
        beslisser        text        NOT NULL CHECK (beslisser IN ('directeur', 'leerplichtambtenaar', 'geen')),
        bezwaren         jsonb       NOT NULL,
        status           text        NOT NULL CHECK (status IN ('aangevraagd', 'verleend', 'geweigerd', 'gemeld')),
        besloten_door    text,
        besloten_op      timestamptz,
        toelichting      text,
        geregistreerd_op timestamptz NOT NULL
      )`);
    await queryRunner.query('CREATE INDEX verlofaanvraag_leerling_idx ON verlofaanvraag (brin, jongere_id, van)');
    await queryRunner.query('CREATE INDEX verlofaanvraag_gemeente_idx ON verlofaanvraag (woongemeente, beslisser, geregistreerd_op DESC)');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE verlofaanvraag');
  }
}
