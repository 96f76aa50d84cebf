import { MigrationInterface, QueryRunner } from 'typeorm';

/** Imported DUO lists (issue 13 item 2) and what each valid row became: the person (pseudonym) and the case. */
export class DuoLijst1732320001304 implements MigrationInterface {
  name = 'DuoLijst1732320001304';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE duo_lijst (
        id               uuid PRIMARY KEY,
        rmc_regio        text        NOT NULL,
        soort            text        NOT NULL CHECK (soort IN ('a01', 'oud-vsv')),
        rapportagedatum  date        NOT NULL,
        aantal_rijen     integer     NOT NULL,
        telling          jsonb       NOT NULL,
        door             text        NOT NULL,
        ingelezen_op     timestamptz NOT NULL
      )`);
    await queryRunner.query(`
      CREATE TABLE duo_lijst_rij (
        lijst_id    uuid    NOT NULL REFERENCES duo_lijst (id),
        regel       integer NOT NULL,
        jongere_id  text    NOT NULL,
        status      text    NOT NULL CHECK (status IN ('nieuwe-casus', 'bij-open-casus', 'buiten-doelgroep')),
        casus_id    uuid REFERENCES casus (id),
        PRIMARY KEY (lijst_id, regel)
      )`);
    await queryRunner.query('CREATE INDEX duo_lijst_rij_casus_idx ON duo_lijst_rij (casus_id)');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE duo_lijst_rij');
    await queryRunner.query('DROP TABLE duo_lijst');
  }
}
