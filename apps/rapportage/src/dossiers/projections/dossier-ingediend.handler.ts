import { Controller } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import { ParsedEvent } from '@sluitend/contracts';
import { BatchEventPattern, InboxContext } from '@sluitend/messaging';

type DossierIngediend = ParsedEvent<'overstap.dossier.ingediend'>;

/** The newest version per dossier among the events (a batch may hold several versions of one dossier). */
export function newestPerDossier(events: DossierIngediend[]): DossierIngediend['payload'][] {
  const newest = new Map<string, DossierIngediend['payload']>();
  for (const { payload } of events) {
    const current = newest.get(payload.dossierId);
    if (!current || current.versie < payload.versie) newest.set(payload.dossierId, payload);
  }
  return [...newest.values()];
}

/** Projects overstap.dossier.ingediend into the dossier read model; a newer version replaces an older one. */
@Controller()
export class DossierIngediendHandler {
  @BatchEventPattern('overstap.dossier.ingediend')
  async handle(@Payload() events: DossierIngediend[], @Ctx() context: InboxContext): Promise<void> {
    const rows = newestPerDossier(events);
    const column = <K extends keyof DossierIngediend['payload']>(key: K) => rows.map((row) => row[key]);
    await context.manager.query(
      `INSERT INTO dossier_projectie AS d
         (dossier_id, versie, schooljaar, brin, vestiging, woongemeente, rmc_regio, onderwijstype, bestemming, ingediend_op, geprojecteerd_op)
       SELECT *, clock_timestamp() FROM unnest($1::uuid[], $2::int[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[],
                                               $8::text[], $9::text[], $10::timestamptz[])
       ON CONFLICT (dossier_id) DO UPDATE SET
         versie = EXCLUDED.versie, schooljaar = EXCLUDED.schooljaar, brin = EXCLUDED.brin, vestiging = EXCLUDED.vestiging,
         woongemeente = EXCLUDED.woongemeente, rmc_regio = EXCLUDED.rmc_regio, onderwijstype = EXCLUDED.onderwijstype,
         bestemming = EXCLUDED.bestemming, ingediend_op = EXCLUDED.ingediend_op, geprojecteerd_op = EXCLUDED.geprojecteerd_op
       WHERE d.versie < EXCLUDED.versie`,
      [
        column('dossierId'),
        column('versie'),
        column('schooljaar'),
        column('brin'),
        column('vestiging'),
        column('woongemeente'),
        column('rmcRegio'),
        column('onderwijstype'),
        column('bestemming'),
        column('ingediendOp'),
      ],
    );
  }
}
