import { MigrationInterface, QueryRunner } from 'typeorm';

/** The demo clock moved to the platform (one clock for every service, ADR 0009): overstap's own row is no longer read. */
export class DemoKlokNaarPlatform1732320000800 implements MigrationInterface {
  name = 'DemoKlokNaarPlatform1732320000800';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE IF EXISTS demo_klok');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('CREATE TABLE demo_klok (id integer PRIMARY KEY CHECK (id = 1), offset_ms bigint NOT NULL)');
  }
}
