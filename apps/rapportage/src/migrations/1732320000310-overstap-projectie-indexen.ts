import { MigrationInterface, QueryRunner } from 'typeorm';

/** The tabellenboek reads a school's students by jongere id (their dossier versions); and signals by dossier id. */
export class OverstapProjectieIndexen1732320000310 implements MigrationInterface {
  name = 'OverstapProjectieIndexen1732320000310';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('CREATE INDEX overstap_dossierversie_jongere_idx ON overstap_dossierversie (jongere_id, schooljaar, ingediend_op)');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX overstap_dossierversie_jongere_idx');
  }
}
