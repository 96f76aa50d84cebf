import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Counts beside the verzuimmelding projection (ADR 0027), for the figures of all schools and gemeenten: per school
 * year (of the start date) and kind, per woongemeente, per school, and per steps reached with the calendar days
 * (Europe/Amsterdam, the day of registration is 0; −1: never) to in behandeling and to afgesloten. A registered
 * melding with a woongemeente counts once in each. Filled here from the rows already there; the projection keeps them.
 */
export class VerzuimTellingen1732400040002 implements MigrationInterface {
  name = 'VerzuimTellingen1732400040002';

  async up(queryRunner: QueryRunner): Promise<void> {
    const dagen = (kolom: string) =>
      `CASE WHEN ${kolom} IS NULL THEN -1 ELSE greatest(0, (${kolom} AT TIME ZONE 'Europe/Amsterdam')::date - (geregistreerd_op AT TIME ZONE 'Europe/Amsterdam')::date) END`;
    const stappen = `in_behandeling_op IS NOT NULL, afgesloten_op IS NOT NULL, ter_kennisgeving_op IS NOT NULL, ingetrokken_op IS NOT NULL`;
    const geteld = 'geregistreerd_op IS NOT NULL AND woongemeente IS NOT NULL';
    await queryRunner.query(`
      CREATE TABLE verzuim_telling_gemeente (
        schooljaar text NOT NULL, soort text NOT NULL, woongemeente text NOT NULL, aantal integer NOT NULL,
        PRIMARY KEY (schooljaar, soort, woongemeente))`);
    await queryRunner.query(`
      CREATE TABLE verzuim_telling_school (
        schooljaar text NOT NULL, soort text NOT NULL, brin text NOT NULL, aantal integer NOT NULL,
        PRIMARY KEY (schooljaar, soort, brin))`);
    for (const tabel of ['verzuim_telling_behandeling', 'verzuim_telling_afsluiting']) {
      await queryRunner.query(`
        CREATE TABLE ${tabel} (
          schooljaar text NOT NULL, soort text NOT NULL, in_behandeling boolean NOT NULL, afgesloten boolean NOT NULL,
          ter_kennisgeving boolean NOT NULL, ingetrokken boolean NOT NULL, dagen integer NOT NULL, aantal integer NOT NULL,
          PRIMARY KEY (schooljaar, soort, in_behandeling, afgesloten, ter_kennisgeving, ingetrokken, dagen))`);
    }
    await queryRunner.query(
      `INSERT INTO verzuim_telling_gemeente SELECT schooljaar, soort, woongemeente, count(*) FROM verzuim_melding WHERE ${geteld} GROUP BY 1, 2, 3`,
    );
    await queryRunner.query(
      `INSERT INTO verzuim_telling_school SELECT schooljaar, soort, brin, count(*) FROM verzuim_melding WHERE ${geteld} GROUP BY 1, 2, 3`,
    );
    await queryRunner.query(
      `INSERT INTO verzuim_telling_behandeling SELECT schooljaar, soort, ${stappen}, ${dagen('in_behandeling_op')}, count(*)
       FROM verzuim_melding WHERE ${geteld} GROUP BY 1, 2, 3, 4, 5, 6, 7`,
    );
    await queryRunner.query(
      `INSERT INTO verzuim_telling_afsluiting SELECT schooljaar, soort, ${stappen}, ${dagen('afgesloten_op')}, count(*)
       FROM verzuim_melding WHERE ${geteld} GROUP BY 1, 2, 3, 4, 5, 6, 7`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE verzuim_telling_afsluiting, verzuim_telling_behandeling, verzuim_telling_school, verzuim_telling_gemeente');
  }
}
