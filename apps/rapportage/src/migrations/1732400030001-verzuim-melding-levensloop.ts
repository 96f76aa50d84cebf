import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The lifecycle of a verzuimmelding in rapportage's projection (issue 15 item 4), from verzuim.melding.status-gewijzigd:
 * when it first went in behandeling, when it was afgesloten (with DUO's closing reason code) or ter kennisgeving
 * aangenomen. The statuses run one way (geregistreerd → in behandeling → one final status), so every instant keeps the
 * earliest and the row does not depend on the order of delivery (a rebuild gives the same row). Codes and instants only.
 */
export class VerzuimMeldingLevensloop1732400030001 implements MigrationInterface {
  name = 'VerzuimMeldingLevensloop1732400030001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE verzuim_melding
        ADD COLUMN in_behandeling_op   timestamptz,
        ADD COLUMN afgesloten_op       timestamptz,
        ADD COLUMN sluitreden          text,
        ADD COLUMN ter_kennisgeving_op timestamptz`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE verzuim_melding DROP COLUMN in_behandeling_op, DROP COLUMN afgesloten_op, DROP COLUMN sluitreden, DROP COLUMN ter_kennisgeving_op',
    );
  }
}
