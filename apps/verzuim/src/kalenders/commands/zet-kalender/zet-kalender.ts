import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { assertOrgType, Claims } from '@sluitend/auth';
import type { KalenderResultaat, ZetKalender as KalenderInvoer } from '@sluitend/contracts';
import { Clock, CLOCK, DomainError } from '@sluitend/domain-nl';
import { SCHOLEN } from '../../../shared/scholen';
import { metDomainErrors } from '../../../shared/als-domain-error';
import { Herbeoordeling, HERBEOORDELING } from '../../../shared/herbeoordeling';
import { KalendersRepository } from '../../database/kalenders.repository';
import { Kalender } from '../../domain/kalender';
import { landelijkeKalender } from '../../domain/landelijke-kalender';
import { eersteGewijzigdeDag } from '../../domain/kalender-wijziging';
import { controleerSchooljaarKalender, SchooljaarKalender, VakantieRegio } from '../../domain/schooljaar-kalender';

export type ZetKalenderCommand = { input: { schooljaar: string; kalender: KalenderInvoer }; actor: Claims; correlationId: string };

/**
 * Use case: a school sets its calendar for a schooljaar — its own vacations and free days, or the national advice of
 * its vacation region where a cited source exists (else refused: the school must enter its own). Each change is a new
 * version; meldingen name the version they were counted on. Absence recorded from the first day the new version counts
 * otherwise (`eersteGewijzigdeDag`) is evaluated again in the same transaction, exactly as a correction: a week that
 * became a vacation no longer counts, meldingen that no longer hold are withdrawn, new ones filed.
 */
@Injectable()
export class ZetKalender {
  constructor(
    private readonly dataSource: DataSource,
    private readonly kalenders: KalendersRepository,
    @Inject(HERBEOORDELING) private readonly herbeoordeling: Herbeoordeling,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ input, actor, correlationId }: ZetKalenderCommand): Promise<KalenderResultaat> {
    assertOrgType(actor, SCHOLEN);
    const brin = actor.org.code;
    return this.dataSource.transaction(async (manager) => {
      const huidige = await this.kalenders.huidige(manager, brin, input.schooljaar);
      const versie = (huidige?.versie ?? 0) + 1;
      const kalender: SchooljaarKalender =
        input.kalender.landelijkAdvies !== undefined
          ? metDomainErrors(() => landelijkeKalender(input.kalender.landelijkAdvies as VakantieRegio, input.schooljaar))
          : {
              id: `school:${brin}:${input.schooljaar}:v${versie}`,
              schooljaar: input.schooljaar,
              bron: { soort: 'school', brin },
              vakanties: input.kalender.vakanties ?? [],
              ...(input.kalender.vrijeDagen ? { vrijeDagen: input.kalender.vrijeDagen } : {}),
              ...(input.kalender.lesdagenInDeWeek ? { lesdagenInDeWeek: input.kalender.lesdagenInDeWeek } : {}),
            };
      const problemen = controleerSchooljaarKalender(kalender);
      if (problemen.length > 0) {
        throw DomainError.ongeldig(
          'kalender.ongeldig',
          'De schoolkalender voldoet niet aan de regels',
          problemen.map((p) => ({ field: p.veld, rule: p.regel, message: p.melding })),
        );
      }
      const gebouwd = metDomainErrors(() => Kalender.bouw([kalender]));
      await this.kalenders.zet(manager, brin, kalender, versie, this.clock.now());
      // Absence already recorded from the first day the new version counts otherwise is evaluated again, as a correction is.
      const vanaf = eersteGewijzigdeDag(huidige?.kalender, kalender);
      if (vanaf !== null) await this.herbeoordeling.school(manager, brin, vanaf, correlationId);
      return { id: kalender.id, schooljaar: input.schooljaar, versie, lesdagen: gebouwd.aantalLesdagen, lesweken: gebouwd.aantalLesweken };
    });
  }
}
