import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Warm handovers (issue 13 item 6): one row per proposal with its answer. One waiting proposal per case (partial unique
 * index). `escalatie_op` is the due moment of the escalation on the platform's sweeper; `geescaleerd_op` marks it done,
 * in the same transaction as its event, so it escalates once across replicas and restarts.
 */
export class Overdracht1732320001307 implements MigrationInterface {
  name = 'Overdracht1732320001307';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE overdracht (
        id              uuid        PRIMARY KEY,
        casus_id        uuid        NOT NULL REFERENCES casus (id),
        van_type        text        NOT NULL,
        van_code        text        NOT NULL,
        naar_type       text        NOT NULL,
        naar_code       text        NOT NULL,
        route           text,
        status          text        NOT NULL,
        voorgesteld_op  timestamptz NOT NULL,
        geaccepteerd_op timestamptz,
        gesprek_vorm    text,
        gesprek_op      timestamptz,
        beeindigd_op    timestamptz,
        reden           text,
        escalatie_op    timestamptz NOT NULL,
        werkdagen       integer     NOT NULL,
        geescaleerd_op  timestamptz
      )`);
    await queryRunner.query("CREATE UNIQUE INDEX overdracht_een_wachtend_idx ON overdracht (casus_id) WHERE status = 'voorgesteld'");
    await queryRunner.query('CREATE INDEX overdracht_casus_idx ON overdracht (casus_id, voorgesteld_op)');
    await queryRunner.query(
      "CREATE INDEX overdracht_escalatie_idx ON overdracht (escalatie_op) WHERE status = 'voorgesteld' AND geescaleerd_op IS NULL",
    );
    await queryRunner.query("CREATE INDEX overdracht_naar_idx ON overdracht (naar_type, naar_code) WHERE status IN ('voorgesteld', 'geaccepteerd')");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE overdracht');
  }
}
