import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { RetentionPolicies } from '@sluitend/platform';
import { NOTIFICATIES_ENV, NotificatiesEnv } from '../config/notificaties-env';

/**
 * notificaties' retention per table (issue 11), run by the platform's retention work hourly, each run logged and counted
 * per policy (`sluitend_retention_deleted_rows_total{policy}`): alerts (with their history) a year after they were
 * afgehandeld; finished deliveries (with their attempts) after 90 days; the alert inzage log (AVG audit) two years;
 * users known in an organisation (for assigning alerts) a year after they were last seen.
 */
@Injectable()
export class NotificatiesBewaartermijnen implements OnModuleInit {
  constructor(
    private readonly retention: RetentionPolicies,
    @Inject(NOTIFICATIES_ENV) private readonly env: NotificatiesEnv,
  ) {}

  onModuleInit(): void {
    this.retention.add({
      name: 'alerts-afgehandeld',
      table: 'alert',
      column: 'gewijzigd_op',
      keepForMs: this.env.BEWAARTERMIJN_AFGEHANDELDE_ALERTS,
      where: "status = 'afgehandeld'",
    });
    this.retention.add({
      name: 'bezorgingen',
      table: 'bezorging',
      column: 'aangemaakt_op',
      keepForMs: this.env.BEWAARTERMIJN_BEZORGINGEN,
      where: "status IN ('verzonden', 'mislukt')",
    });
    this.retention.add({ name: 'alert-inzage', table: 'alert_inzage', column: 'op', keepForMs: this.env.BEWAARTERMIJN_INZAGE });
    this.retention.add({ name: 'medewerkers', table: 'medewerker', column: 'laatst_gezien', keepForMs: this.env.BEWAARTERMIJN_MEDEWERKERS });
  }
}
