import { Controller } from '@nestjs/common';
import { Ctx, EventPattern, Payload } from '@nestjs/microservices';
import { ParsedEvent } from '@sluitend/contracts';
import { InboxContext } from '@sluitend/messaging';

/** Projects overstap.dossier.ingediend into the dossier read model; a newer version replaces an older one. */
@Controller()
export class DossierIngediendHandler {
  @EventPattern('overstap.dossier.ingediend')
  async handle(@Payload() event: ParsedEvent<'overstap.dossier.ingediend'>, @Ctx() context: InboxContext): Promise<void> {
    const p = event.payload;
    await context.manager.query(
      `INSERT INTO dossier_projectie AS d
         (dossier_id, versie, schooljaar, brin, vestiging, woongemeente, rmc_regio, onderwijstype, bestemming, ingediend_op, geprojecteerd_op)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, clock_timestamp())
       ON CONFLICT (dossier_id) DO UPDATE SET
         versie = EXCLUDED.versie, schooljaar = EXCLUDED.schooljaar, brin = EXCLUDED.brin, vestiging = EXCLUDED.vestiging,
         woongemeente = EXCLUDED.woongemeente, rmc_regio = EXCLUDED.rmc_regio, onderwijstype = EXCLUDED.onderwijstype,
         bestemming = EXCLUDED.bestemming, ingediend_op = EXCLUDED.ingediend_op, geprojecteerd_op = EXCLUDED.geprojecteerd_op
       WHERE d.versie < EXCLUDED.versie`,
      [p.dossierId, p.versie, p.schooljaar, p.brin, p.vestiging, p.woongemeente, p.rmcRegio, p.onderwijstype, p.bestemming, p.ingediendOp],
    );
  }
}
