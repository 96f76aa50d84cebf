import { MigrationInterface, QueryRunner } from 'typeorm';

/** Retention per table (issue 11, shared/bewaartermijnen.ts): the swept column of the inzage log gets an index. */
export class Bewaartermijnen1732320001910 implements MigrationInterface {
  name = 'Bewaartermijnen1732320001910';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('CREATE INDEX melding_inzage_op_idx ON melding_inzage (op)');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX melding_inzage_op_idx');
  }
}
