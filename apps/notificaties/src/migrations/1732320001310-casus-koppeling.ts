import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Which trajecten case handles a signal in a region (trajecten.casus.signaal-gekoppeld, issue 13): the RMC inbox's
 * alerts of that signal show the case. Kept apart from `alert`, so the link holds whichever event arrives first.
 */
export class CasusKoppeling1732320001310 implements MigrationInterface {
  name = 'CasusKoppeling1732320001310';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE casus_koppeling (
        signaal_event_id uuid        NOT NULL,
        rmc_regio        text        NOT NULL,
        casus_id         uuid        NOT NULL,
        gekoppeld_op     timestamptz NOT NULL,
        PRIMARY KEY (signaal_event_id, rmc_regio)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE casus_koppeling');
  }
}
