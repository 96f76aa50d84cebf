import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 10: the "niet te routeren" list. A signal whose woonregio is unknown (or that nobody would receive) is kept
 * here, visible to ops and the RMC coordinators, until a later event or a coordinator names the woongemeente; then it
 * is routed and the row records how. Rows are never deleted by retention: the list is the proof nothing was dropped.
 */
export class NietRouteerbaar1732320001500 implements MigrationInterface {
  name = 'NietRouteerbaar1732320001500';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE niet_routeerbaar (
        id               uuid PRIMARY KEY,
        signaal_type     text        NOT NULL,
        signaal_sleutel  text        NOT NULL,
        signaal_event_id uuid        NOT NULL,
        jongere_id       text,
        reden            text        NOT NULL CHECK (reden IN ('woonregio-onbekend', 'geen-ontvanger')),
        envelope         jsonb       NOT NULL,
        ontvangen_op     timestamptz NOT NULL,
        gerouteerd_op    timestamptz,
        woongemeente     text,
        gerouteerd_door  text,
        CONSTRAINT niet_routeerbaar_eenmalig UNIQUE (signaal_type, signaal_sleutel)
      )`);
    await queryRunner.query('CREATE INDEX niet_routeerbaar_open_idx ON niet_routeerbaar (jongere_id) WHERE gerouteerd_op IS NULL');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE niet_routeerbaar');
  }
}
