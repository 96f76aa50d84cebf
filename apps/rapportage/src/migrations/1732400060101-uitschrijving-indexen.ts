import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Uitschrijving & switch (issue 15 item 2) reads the two projections that already hold its facts — overstap_inschrijving
 * (institution, programme, dates, ending with its DUO reason) and vsv_inschrijving (woongemeente and RMC-regio of the
 * same inschrijving) — for one institution's inschrijvingen of a school year, or one region's residents'. Indexes
 * only: no column changes, so the rebuild's comparison of the tables is as it was.
 */
export class UitschrijvingIndexen1732400060101 implements MigrationInterface {
  name = 'UitschrijvingIndexen1732400060101';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('CREATE INDEX overstap_inschrijving_instelling_idx ON overstap_inschrijving (mbo_brin, ingeschreven_per)');
    await queryRunner.query('CREATE INDEX vsv_inschrijving_regio_idx ON vsv_inschrijving (rmc_regio)');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX vsv_inschrijving_regio_idx, overstap_inschrijving_instelling_idx');
  }
}
