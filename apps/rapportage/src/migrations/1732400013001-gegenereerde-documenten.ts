import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Scheduled reports (issue 15 item 8): the planning (one row per kind and school year, generated once) and the
 * generated documents (PDF and XLSX per school or region, suppressed figures only; a unique key keeps each single).
 */
export class GegenereerdeDocumenten1732400013001 implements MigrationInterface {
  name = 'GegenereerdeDocumenten1732400013001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE rapportplanning (
        soort          text        NOT NULL,
        schooljaar     text        NOT NULL,
        due_at         timestamptz NOT NULL,
        gegenereerd_op timestamptz,
        PRIMARY KEY (soort, schooljaar)
      )`);
    await queryRunner.query('CREATE INDEX rapportplanning_due_idx ON rapportplanning (due_at) WHERE gegenereerd_op IS NULL');
    await queryRunner.query(`
      CREATE TABLE rapportdocument (
        id                uuid        PRIMARY KEY,
        soort             text        NOT NULL,
        schooljaar        text        NOT NULL,
        organisatie_type  text        NOT NULL,
        organisatie_code  text        NOT NULL,
        formaat           text        NOT NULL,
        bestandsnaam      text        NOT NULL,
        inhoud            bytea       NOT NULL,
        gegenereerd_op    timestamptz NOT NULL,
        UNIQUE (soort, schooljaar, organisatie_code, formaat)
      )`);
    await queryRunner.query(
      'CREATE INDEX rapportdocument_organisatie_idx ON rapportdocument (organisatie_type, organisatie_code, gegenereerd_op DESC)',
    );
    await queryRunner.query('CREATE INDEX rapportdocument_gegenereerd_idx ON rapportdocument (gegenereerd_op)');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE rapportdocument');
    await queryRunner.query('DROP TABLE rapportplanning');
  }
}
