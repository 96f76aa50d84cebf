import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Claims } from '@sluitend/auth';
import type { VerzuimcijfersAntwoord, VerzuimcijfersQuery } from '@sluitend/contracts';
import { ONTHULLINGSBELEID } from '../../../config/onthullingsbeleid.provider';
import { alsKruistabelAntwoord } from '../../../onthulling/domain/kruistabel';
import type { OnthullingsBeleid } from '../../../onthulling/domain/onthullingsbeleid';
import { VerzuimcijfersRepository } from '../../database/verzuimcijfers.repository';
import { meldingcijfers, meldingcijfersUitTellingen, publiceerMeldingcijfers } from '../../domain/meldingcijfers';
import { verzuimcijfersBereik } from '../../domain/verzuimcijfers-bereik';

export type LeesVerzuimcijfersQuery = {
  input: VerzuimcijfersQuery;
  actor: Claims;
  correlationId: string;
  /** An export leaves the organisation: always suppressed. */
  voorExport: boolean;
};

/**
 * Use case: the verzuimmeldingen of one school year (by start date) per kind and status, per woongemeente and per
 * school (by kind and by status), and the time to handling (to in behandeling, to afgesloten) in classes and as
 * medians. A school, gemeente or RMC reads its own scope unsuppressed; ops everything, suppressed together.
 */
@Injectable()
export class LeesVerzuimcijfers {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: VerzuimcijfersRepository,
    @Inject(ONTHULLINGSBELEID) private readonly beleid: OnthullingsBeleid,
  ) {}

  async execute(query: LeesVerzuimcijfersQuery): Promise<VerzuimcijfersAntwoord> {
    const bereik = verzuimcijfersBereik(query.actor.org);
    const { schooljaar } = query.input;
    // Every school and gemeente (ops): from the counts, the four tables of one snapshot (a projection commits them
    // together); one organisation's own: its meldingen, with the pair tables.
    const alle = bereik.brin === null && bereik.woongemeente === null && bereik.rmcRegio === null;
    const telling = alle
      ? meldingcijfersUitTellingen(await this.dataSource.transaction('REPEATABLE READ', (manager) => this.repository.tellingen(manager, schooljaar)))
      : meldingcijfers(await this.repository.meldingen(this.dataSource, schooljaar, bereik));
    const cijfers = publiceerMeldingcijfers(telling, bereik.onderdrukken || query.voorExport ? this.beleid : null);
    const dagen = (d: { mediaan: number | null; p90: number | null }) => ({ mediaan: d.mediaan, p90: d.p90 });
    return {
      schooljaar,
      perSoortEnStatus: alsKruistabelAntwoord(cijfers.perSoortEnStatus),
      perGemeente: alsKruistabelAntwoord(cijfers.perGemeente),
      perSchool: alsKruistabelAntwoord(cijfers.perSchool),
      perGemeenteEnStatus: cijfers.perGemeenteEnStatus && alsKruistabelAntwoord(cijfers.perGemeenteEnStatus),
      perSchoolEnStatus: cijfers.perSchoolEnStatus && alsKruistabelAntwoord(cijfers.perSchoolEnStatus),
      totInBehandeling: alsKruistabelAntwoord(cijfers.totInBehandeling),
      totAfgesloten: alsKruistabelAntwoord(cijfers.totAfgesloten),
      // The count behind a median is not published: outside the organisation it would undo suppressed cells.
      mediaanDagen: cijfers.mediaan.map((m) => ({
        soort: m.soort,
        totInBehandeling: dagen(m.totInBehandeling),
        totAfgesloten: dagen(m.totAfgesloten),
      })),
    };
  }
}
