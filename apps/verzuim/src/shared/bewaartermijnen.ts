import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { RetentionPolicies } from '@sluitend/platform';
import { VERZUIM_ENV, VerzuimEnv } from '../config/verzuim-env';

/**
 * verzuim's retention per table (issue 11), run by the platform's retention work hourly, each run logged and counted per
 * policy (`sluitend_retention_deleted_rows_total{policy}`): the melding and M@ZL inzage logs (AVG audit) two years.
 */
@Injectable()
export class VerzuimBewaartermijnen implements OnModuleInit {
  constructor(
    private readonly retention: RetentionPolicies,
    @Inject(VERZUIM_ENV) private readonly env: VerzuimEnv,
  ) {}

  onModuleInit(): void {
    this.retention.add({ name: 'melding-inzage', table: 'melding_inzage', column: 'op', keepForMs: this.env.BEWAARTERMIJN_INZAGE });
    this.retention.add({ name: 'ziekteverzuim-inzage', table: 'ziekteverzuim_inzage', column: 'op', keepForMs: this.env.BEWAARTERMIJN_INZAGE });
  }
}
