import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The live stream `monitor` (ADR 0021): after every statement that changes what the doorstroommonitor shows — a
 * dossier, an aanmelding, an inschrijving, a signal — one NOTIFY per organisation whose monitor it concerns, on
 * `live.<schema>` (delivered when the transaction commits, to every replica): the student's VO school and RMC-regio
 * (from the dossier) and, for an aanmelding or inschrijving, the mbo. It names organisations and a count, never a person.
 */
export class LiveMonitor1732320002110 implements MigrationInterface {
  name = 'LiveMonitor1732320002110';

  async up(queryRunner: QueryRunner): Promise<void> {
    const melding = (organisaties: string) => `
        PERFORM pg_notify('live.' || TG_TABLE_SCHEMA, json_build_object('stroom', 'monitor', 'org', org, 'aantal', aantal)::text)
        FROM (SELECT org, count(*)::int AS aantal FROM (${organisaties}) AS o WHERE org IS NOT NULL GROUP BY org) AS per_organisatie;
        RETURN NULL;`;
    // The students' own organisations through their dossier of that schooljaar.
    const viaDossier = `
          SELECT 'vo-school:' || d.brin AS org FROM nieuw n JOIN dossier d ON d.jongere_id = n.jongere_id AND d.schooljaar = n.schooljaar
          UNION ALL
          SELECT 'rmc-regio:' || d.rmc_regio FROM nieuw n JOIN dossier d ON d.jongere_id = n.jongere_id AND d.schooljaar = n.schooljaar`;
    await queryRunner.query(`
      CREATE FUNCTION live_monitor_dossier() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN${melding(`SELECT 'vo-school:' || brin AS org FROM nieuw UNION ALL SELECT 'rmc-regio:' || rmc_regio FROM nieuw`)}
      END $$`);
    await queryRunner.query(`
      CREATE FUNCTION live_monitor_mbo() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN${melding(`${viaDossier} UNION ALL SELECT 'mbo-instelling:' || mbo_brin FROM nieuw`)}
      END $$`);
    await queryRunner.query(`
      CREATE FUNCTION live_monitor_signaal() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN${melding(viaDossier)}
      END $$`);
    for (const [tabel, functie] of [
      ['dossier', 'live_monitor_dossier'],
      ['aanmelding', 'live_monitor_mbo'],
      ['inschrijving', 'live_monitor_mbo'],
      ['signaal', 'live_monitor_signaal'],
    ]) {
      for (const gebeurtenis of ['insert', 'update']) {
        await queryRunner.query(
          `CREATE TRIGGER ${tabel}_live_${gebeurtenis} AFTER ${gebeurtenis.toUpperCase()} ON ${tabel}
           REFERENCING NEW TABLE AS nieuw FOR EACH STATEMENT EXECUTE FUNCTION ${functie}()`,
        );
      }
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const tabel of ['dossier', 'aanmelding', 'inschrijving', 'signaal']) {
      for (const gebeurtenis of ['insert', 'update']) await queryRunner.query(`DROP TRIGGER ${tabel}_live_${gebeurtenis} ON ${tabel}`);
    }
    for (const functie of ['live_monitor_dossier', 'live_monitor_mbo', 'live_monitor_signaal']) await queryRunner.query(`DROP FUNCTION ${functie}()`);
  }
}
