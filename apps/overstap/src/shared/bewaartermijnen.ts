import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { RetentionPolicies } from '@sluitend/platform';
import { OVERSTAP_ENV, OverstapEnv } from '../config/overstap-env';

/**
 * overstap's retention per table (issue 11; DOMAIN: aanmelding data and uploads at most one year), run by the platform's
 * retention work hourly, each run logged and counted per policy (`sluitend_retention_deleted_rows_total{policy}`):
 * aanmeldingen (with their status history) a year after they were received; superseded dossier versions, decided transfer requests (with the content they carried) and finished
 * CSV imports (their row messages) a year after; the inzage log (AVG audit) two years.
 */
@Injectable()
export class OverstapBewaartermijnen implements OnModuleInit {
  constructor(
    private readonly retention: RetentionPolicies,
    @Inject(OVERSTAP_ENV) private readonly env: OverstapEnv,
  ) {}

  onModuleInit(): void {
    this.retention.add({ name: 'aanmeldingen', table: 'aanmelding', column: 'geregistreerd_op', keepForMs: this.env.BEWAARTERMIJN_AANMELDINGEN });
    this.retention.add({
      name: 'dossier-versies',
      table: 'dossier_versie',
      column: 'ingediend_op',
      keepForMs: this.env.BEWAARTERMIJN_DOSSIER_VERSIES,
      where: 'versie < (SELECT d.versie FROM dossier d WHERE d.id = dossier_versie.dossier_id)',
    });
    this.retention.add({
      name: 'dossier-imports',
      table: 'dossier_import',
      column: 'klaar_op',
      keepForMs: this.env.BEWAARTERMIJN_DOSSIER_IMPORTS,
      where: "status NOT IN ('wachtend', 'bezig')",
    });
    this.retention.add({
      name: 'dossier-overdrachten',
      table: 'dossier_overdracht',
      column: 'besloten_op',
      keepForMs: this.env.BEWAARTERMIJN_DOSSIER_VERSIES,
      where: "status <> 'aangevraagd'",
    });
    this.retention.add({ name: 'inzage', table: 'inzage', column: 'op', keepForMs: this.env.BEWAARTERMIJN_INZAGE });
  }
}
