import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Trajectplans (issue 13 item 7): the current version of each plan, its content and history as jsonb. `versie` is the
 * optimistic lock: an update names the version it read (`WHERE versie = $n`). One plan in concept or active per case
 * (a partial unique index); a plan that ended stays beside a new one.
 */
export class Trajectplan1732320001306 implements MigrationInterface {
  name = 'Trajectplan1732320001306';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE trajectplan (
        id           uuid        PRIMARY KEY,
        casus_id     uuid        NOT NULL REFERENCES casus (id),
        versie       integer     NOT NULL,
        status       text        NOT NULL,
        inhoud       jsonb       NOT NULL,
        historie     jsonb       NOT NULL,
        aangemaakt_op timestamptz NOT NULL,
        gewijzigd_op timestamptz NOT NULL
      )`);
    await queryRunner.query("CREATE UNIQUE INDEX trajectplan_een_lopend_idx ON trajectplan (casus_id) WHERE status IN ('concept', 'actief')");
    await queryRunner.query('CREATE INDEX trajectplan_casus_idx ON trajectplan (casus_id, aangemaakt_op)');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE trajectplan');
  }
}
