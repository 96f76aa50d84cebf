import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { ScreeningsView } from '@sluitend/contracts';
import { Clock, CLOCK } from '@sluitend/domain-nl';
import { CasussenRepository } from '../../../casussen/database/casussen.repository';
import { casusNietGevonden } from '../../../casussen/domain/casussen.errors';
import { CasusToegang } from '../../../overdrachten/database/casus-toegang';
import { Command } from '../../../shared/command';
import { screeningView } from '../../commands/registreer-screening/registreer-screening';
import { ScreeningRepository } from '../../database/screening.repository';
import { Verandering, screeningVerloop } from '../../domain/screening-verloop';

export type LeesScreeningsCommand = Command<{ casusId: string }>;

const veranderingView = (v: Verandering) => ({
  van: v.van.toISOString(),
  naar: v.naar.toISOString(),
  leefdomeinen: { ...v.leefdomeinen },
  vaardigheden: { ...v.vaardigheden },
  verbeterd: [...v.verbeterd],
  verslechterd: [...v.verslechterd],
  knelpuntenVan: v.knelpuntenVan,
  knelpuntenNaar: v.knelpuntenNaar,
});

/** Use case: a case's screenings, oldest first, with the change since the first and the latest step; the read is recorded. */
@Injectable()
export class LeesScreenings {
  constructor(
    private readonly dataSource: DataSource,
    private readonly casussen: CasussenRepository,
    private readonly toegang: CasusToegang,
    private readonly screenings: ScreeningRepository,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ input, actor }: LeesScreeningsCommand): Promise<ScreeningsView> {
    const casus = await this.casussen.vanId(this.dataSource, input.casusId);
    if (!casus) throw casusNietGevonden();
    await this.toegang.eis(this.dataSource, actor, casus, 'lezen');
    await this.casussen.registreerInzage(this.dataSource, casus.id, actor, 'screenings', this.clock.now());
    const historie = await this.screenings.vanCasus(this.dataSource, casus.id);
    const verloop = screeningVerloop(historie);
    return {
      screenings: historie.map(screeningView),
      verloop: verloop ? { sindsEerste: veranderingView(verloop.sindsEerste), laatsteStap: veranderingView(verloop.laatsteStap) } : null,
    };
  }
}
