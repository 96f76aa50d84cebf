import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Zorgwekkend ziekteverzuim (M@ZL): the signals the rules found per student (one per criterion and day), with the day a
 * correction made one void. Pseudonymous; codes and dates only.
 */
export class Ziekteverzuim1732320002200 implements MigrationInterface {
  name = 'Ziekteverzuim1732320002200';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE ziekteverzuim_signaal (
        id              uuid        PRIMARY KEY,
        brin            text        NOT NULL,
        jongere_id      text        NOT NULL,
        woongemeente    text        NOT NULL,
        grond           text        NOT NULL CHECK (grond IN ('vier-ziekmeldingen-in-twaalf-schoolweken', 'zevende-schooldag-ziek')),
        datum           date        NOT NULL,
        ziekmeldingen   date[]      NOT NULL,
        kalenders       text[]      NOT NULL,
        geregistreerd_op timestamptz NOT NULL,
        vervallen_op    timestamptz
      )`);
    await queryRunner.query(
      'CREATE UNIQUE INDEX ziekteverzuim_signaal_uniek ON ziekteverzuim_signaal (brin, jongere_id, grond, datum) WHERE vervallen_op IS NULL',
    );
    await queryRunner.query('CREATE INDEX ziekteverzuim_signaal_gemeente_idx ON ziekteverzuim_signaal (woongemeente, datum DESC)');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE ziekteverzuim_signaal');
  }
}
