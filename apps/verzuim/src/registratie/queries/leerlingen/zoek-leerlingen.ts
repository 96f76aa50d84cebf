import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { assertOrgType, Claims } from '@sluitend/auth';
import type { LeerlingenOverzicht, VerzuimOnderwijstype } from '@sluitend/contracts';
import { Clock, CLOCK, localDateOf } from '@sluitend/domain-nl';
import { AbsentiesRepository } from '../../../absenties/database/absenties.repository';
import { absentieTotalen } from '../../../absenties/domain/absentie-totalen';
import { recenteLesweken } from '../../../kalenders/domain/recente-lesweken';
import { LaadKalender } from '../../../kalenders/queries/kalender/laad-kalender';
import { LeerlingenRepository } from '../../../leerlingen/database/leerlingen.repository';
import { MeldingenRepository } from '../../../meldingen/database/meldingen.repository';
import { metDomainErrors } from '../../../shared/als-domain-error';
import { SCHOLEN } from '../../../shared/scholen';
import { VerlofRepository } from '../../../verlof/database/verlof.repository';
import { metVerleendVerlof } from '../../../verlof/domain/verleend-verlof';
import { AbsentieFout } from '../../domain/registratie.errors';

export type ZoekLeerlingenQuery = { input: { peildatum?: string }; actor: Claims };

/**
 * Use case: a school's enrolled students (by pseudonym) with their absence over the last 4 lesweken of its own
 * calendar up to the peildatum (default today), and their open meldingen. Granted verlof counts as the rules count it
 * (`metVerleendVerlof`, the one place): hours recorded ongeoorloofd on a day of granted verlof are geoorloofd.
 */
@Injectable()
export class ZoekLeerlingen {
  constructor(
    private readonly dataSource: DataSource,
    private readonly leerlingen: LeerlingenRepository,
    private readonly absenties: AbsentiesRepository,
    private readonly meldingen: MeldingenRepository,
    private readonly verlof: VerlofRepository,
    private readonly laadKalender: LaadKalender,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ input, actor }: ZoekLeerlingenQuery): Promise<LeerlingenOverzicht> {
    assertOrgType(actor, SCHOLEN);
    const brin = actor.org.code;
    const peildatum = input.peildatum ?? localDateOf(this.clock.now());
    const kalender = await metDomainErrors(() => this.laadKalender.execute({ input: { brin } }, this.dataSource));
    if (!kalender) throw AbsentieFout.geenKalender();
    const venster = metDomainErrors(() => recenteLesweken(kalender, peildatum), 'peil');
    const [leerlingen, open] = await Promise.all([
      this.leerlingen.ingeschreven(this.dataSource, brin, peildatum),
      this.meldingen.openPerLeerling(this.dataSource, brin),
    ]);
    const ids = leerlingen.map((l) => l.jongereId);
    const [historieen, verlofPer] = venster
      ? await Promise.all([
          this.absenties.historie(this.dataSource, brin, ids, venster.van, venster.tot),
          this.verlof.geldendePerioden(this.dataSource, brin, ids),
        ])
      : [new Map<string, never[]>(), new Map<string, never[]>()];
    return {
      peildatum,
      van: venster?.van ?? null,
      tot: peildatum,
      leerlingen: leerlingen.map((l) => ({
        leerlingId: l.jongereId,
        onderwijstype: l.onderwijstype as VerzuimOnderwijstype,
        ingeschrevenPer: l.ingeschrevenPer,
        uitgeschrevenPer: l.uitgeschrevenPer,
        ...absentieTotalen(metVerleendVerlof(historieen.get(l.jongereId) ?? [], verlofPer.get(l.jongereId) ?? [])),
        openMeldingen: open.get(l.jongereId) ?? 0,
      })),
    };
  }
}
