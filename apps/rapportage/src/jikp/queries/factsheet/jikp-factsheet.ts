import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Claims } from '@sluitend/auth';
import type { JikpFactsheetAntwoord, JikpFactsheetQuery } from '@sluitend/contracts';
import { CLOCK, Clock, isoDate, parseIsoDate } from '@sluitend/domain-nl';
import { ONTHULLINGSBELEID } from '../../../config/onthullingsbeleid.provider';
import { isVoorlopig } from '../../../shared/domain/voorlopig';
import { alsGrafiekAntwoord } from '../../../grafieken/domain/grafiek';
import { alsKruistabelAntwoord } from '../../../onthulling/domain/kruistabel';
import type { OnthullingsBeleid } from '../../../onthulling/domain/onthullingsbeleid';
import { JikpRepository } from '../../database/jikp.repository';
import { jikpBereik } from '../../domain/jikp-bereik';
import { JIKP_LEEFTIJD, jikpPeildatum, leeftijdsband } from '../../domain/jikp-doelgroep';
import { factsheet, factsheetVergelijking, publiceerFactsheet } from '../../domain/jikp-factsheet';
import { jikpfeitUitProjectie } from '../../domain/jikp-projectiefeit';

export type LeesJikpFactsheetQuery = {
  input: JikpFactsheetQuery;
  actor: Claims;
  correlationId: string;
  /** An export leaves the organisation: always suppressed. */
  voorExport: boolean;
};

/**
 * Use case: the JiKP factsheet on a teldatum (seed 002: the same tables every year) over the region's or gemeente's
 * residents, with the years before it side by side — facts derived from the VSV and JiKP projections (ADR 0028).
 */
@Injectable()
export class LeesJikpFactsheet {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: JikpRepository,
    @Inject(ONTHULLINGSBELEID) private readonly beleid: OnthullingsBeleid,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute(query: LeesJikpFactsheetQuery): Promise<JikpFactsheetAntwoord> {
    const { totLeeftijd, jaren, rmcRegio } = query.input;
    const peildatum = jikpPeildatum(query.input.peildatum);
    const bereik = jikpBereik(query.actor.org, rmcRegio);
    const band = leeftijdsband(JIKP_LEEFTIJD.vanaf, totLeeftijd);
    const gemeenten = bereik.gemeenten.map((g) => g.code);
    const rijen = await this.repository.kandidaten(this.dataSource, gemeenten);
    const beleid = bereik.onderdrukken || query.voorExport ? this.beleid : null;
    const jaar = parseIsoDate(peildatum).year;
    const peildata = Array.from({ length: jaren }, (_, i) => isoDate(jaar - jaren + 1 + i, 10, 1));
    const sheets = peildata.map((p) =>
      publiceerFactsheet(
        factsheet(
          rijen.map((rij) => jikpfeitUitProjectie(rij, p)),
          { peildatum: p, gemeenten, band },
        ),
        beleid,
      ),
    );
    const sheet = sheets[sheets.length - 1];
    return {
      peildatum,
      voorlopig: isVoorlopig(peildatum, this.clock.now()),
      band: { vanaf: band.vanaf, tot: band.tot },
      gemeenten: bereik.gemeenten.map((g) => ({ code: g.code, naam: g.naam })),
      achtergrondEnParticipatie: alsKruistabelAntwoord(sheet.achtergrondEnParticipatie),
      leeftijdEnAchtergrond: alsKruistabelAntwoord(sheet.leeftijdEnAchtergrond),
      gemeenteEnAchtergrond: { ...alsKruistabelAntwoord(sheet.gemeenteEnAchtergrond), rijen: bereik.gemeenten.map((g) => g.naam) },
      leeftijdOnbekend: sheet.leeftijdOnbekend,
      vergelijking: alsGrafiekAntwoord(factsheetVergelijking(sheets)),
    };
  }
}
