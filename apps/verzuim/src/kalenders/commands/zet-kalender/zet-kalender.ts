import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { assertOrgType, Claims } from '@sluitend/auth';
import type { KalenderResultaat, ZetKalender as KalenderInvoer } from '@sluitend/contracts';
import { Clock, CLOCK, DomainError } from '@sluitend/domain-nl';
import { SCHOLEN } from '../../../shared/scholen';
import { metDomainErrors } from '../../../shared/als-domain-error';
import { KalendersRepository } from '../../database/kalenders.repository';
import { Kalender } from '../../domain/kalender';
import { landelijkeKalender } from '../../domain/landelijke-kalender';
import { controleerSchooljaarKalender, SchooljaarKalender, VakantieRegio } from '../../domain/schooljaar-kalender';

export type ZetKalenderCommand = { input: { schooljaar: string; kalender: KalenderInvoer }; actor: Claims; correlationId: string };

/**
 * Use case: a school sets its calendar for a schooljaar — its own vacations and free days, or the national advice of
 * its vacation region where a cited source exists (else refused: the school must enter its own). Each change is a new
 * version; meldingen name the version they were counted on.
 */
@Injectable()
export class ZetKalender {
  constructor(
    private readonly dataSource: DataSource,
    private readonly kalenders: KalendersRepository,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ input, actor }: ZetKalenderCommand): Promise<KalenderResultaat> {
    assertOrgType(actor, SCHOLEN);
    const brin = actor.org.code;
    return this.dataSource.transaction(async (manager) => {
      const versie = await this.kalenders.volgendeVersie(manager, brin, input.schooljaar);
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
      return { id: kalender.id, schooljaar: input.schooljaar, versie, lesdagen: gebouwd.aantalLesdagen, lesweken: gebouwd.aantalLesweken };
    });
  }
}
