import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The audit trail of reads of M@ZL signals (AVG, issue 14 §8): who (the jeugdarts of a GGD, a school) read which
 * signals, for which organisation, when. Kept as long as melding_inzage (BEWAARTERMIJN_INZAGE).
 */
export class ZiekteverzuimInzage1732400004001 implements MigrationInterface {
  name = 'ZiekteverzuimInzage1732400004001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE ziekteverzuim_inzage (
        id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        gebruiker   text        NOT NULL,
        organisatie text        NOT NULL,
        signaal_ids uuid[]      NOT NULL,
        op          timestamptz NOT NULL
      )`);
    await queryRunner.query('CREATE INDEX ziekteverzuim_inzage_op_idx ON ziekteverzuim_inzage (op)');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE ziekteverzuim_inzage');
  }
}
