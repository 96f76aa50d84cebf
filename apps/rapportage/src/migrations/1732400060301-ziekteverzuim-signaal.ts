import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * rapportage's projection of verzuim's M@ZL signals (`verzuim.ziekteverzuim.zorgwekkend` / `.ingetrokken`): one row per
 * signal — codes and dates, no person — and the counts beside it (ADR 0027) per school year, school, woongemeente,
 * grond and withdrawn or not, for the figures of every school and gemeente. A signal counts once its zorgwekkend event
 * is there (`gemeld_op`); a withdrawal that came first waits in its row.
 */
export class ZiekteverzuimSignaal1732400060301 implements MigrationInterface {
  name = 'ZiekteverzuimSignaal1732400060301';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE ziekteverzuim_signaal (
        signaal_id uuid PRIMARY KEY,
        grond text NOT NULL,
        datum date NOT NULL,
        brin text NOT NULL,
        schooljaar text,
        woongemeente text,
        gemeld_op timestamptz,
        ingetrokken_op timestamptz,
        intrekkingsreden text)`);
    await queryRunner.query(`
      CREATE TABLE ziekteverzuim_telling (
        schooljaar text NOT NULL, brin text NOT NULL, woongemeente text NOT NULL, grond text NOT NULL, ingetrokken boolean NOT NULL,
        aantal integer NOT NULL,
        PRIMARY KEY (schooljaar, brin, woongemeente, grond, ingetrokken))`);
    await queryRunner.query('CREATE INDEX ziekteverzuim_telling_gemeente ON ziekteverzuim_telling (schooljaar, woongemeente)');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE ziekteverzuim_telling, ziekteverzuim_signaal');
  }
}
