import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AbsentiesRepository } from '../../../absenties/database/absenties.repository';
import { AbsentieDag } from '../../../absenties/domain/absentie-dag';
import { ordenHistorie } from '../../../absenties/domain/absentie-historie';
import { InstellingenRepository } from '../../../instellingen/database/instellingen.repository';
import { Kalender } from '../../../kalenders/domain/kalender';
import { LeerlingRecord } from '../../../leerlingen/database/leerlingen.repository';
import { alsLeerling } from '../../../leerlingen/domain/leerling-record';
import { LegMeldingenVast, VastgelegdeMeldingen } from '../../../meldingen/commands/leg-meldingen-vast/leg-meldingen-vast';
import { MeldingenRepository } from '../../../meldingen/database/meldingen.repository';
import { herbeoordeel } from '../../../meldingen/domain/herbeoordeling';
import { BerekendeMelding, meldingSleutel } from '../../../meldingen/domain/verzuimmelding';
import { metDomainErrors } from '../../../shared/als-domain-error';
import { VerlofRepository } from '../../../verlof/database/verlof.repository';
import { metVerleendVerlof } from '../../../verlof/domain/verleend-verlof';
import { LegSignalenVast, SignalenVanLeerling } from '../../../ziekteverzuim/commands/leg-signalen-vast/leg-signalen-vast';
import { zorgwekkendZiekteverzuim } from '../../../ziekteverzuim/domain/zorgwekkend-ziekteverzuim';
import { opLesdagen } from '../registreer-absenties/controleer-absenties';

export type BeoordeelAbsentiesCommand = {
  input: {
    brin: string;
    /** The students, locked by the caller's transaction. */
    leerlingen: readonly LeerlingRecord[];
    /** Per student the earliest day whose record changed. */
    vanaf: ReadonlyMap<string, string>;
    kalender: Kalender;
    /** The students' histories when the caller has them (the import: read before its write, its days merged in); else read here. */
    historieen?: ReadonlyMap<string, readonly AbsentieDag[]>;
  };
  correlationId: string;
};

/**
 * Use case (no adapter of its own; the intake's and the import's step, and `HerbeoordeelLeerlingen`'s after a calendar
 * change or granted verlof): each student's stored history, with granted verlof geoorloofd, evaluated again
 * from the earliest day that changed, against the meldingen that stand — histories and standing meldingen read in one
 * statement each, the changes filed at once in the caller's transaction; M@ZL's signals over the same histories.
 */
@Injectable()
export class BeoordeelAbsenties {
  constructor(
    private readonly absenties: AbsentiesRepository,
    private readonly meldingen: MeldingenRepository,
    private readonly instellingen: InstellingenRepository,
    private readonly verlof: VerlofRepository,
    private readonly legMeldingenVast: LegMeldingenVast,
    private readonly legSignalenVast: LegSignalenVast,
  ) {}

  async execute({ input, correlationId }: BeoordeelAbsentiesCommand, manager: EntityManager): Promise<VastgelegdeMeldingen> {
    const { brin, leerlingen, vanaf, kalender } = input;
    const ids = leerlingen.map((l) => l.jongereId);
    const instellingen = await this.instellingen.vanSchool(manager, brin);
    const historieen = input.historieen ?? (await this.absenties.historie(manager, brin, ids, kalender.eersteDag, kalender.laatsteDag));
    const staandePer = await this.meldingen.staande(manager, brin, ids);
    const verlofPer = await this.verlof.geldendePerioden(manager, brin, ids);
    const signalen: SignalenVanLeerling[] = [];
    const perLeerling = leerlingen.map((leerling) => {
      const staande = staandePer.get(leerling.jongereId) ?? [];
      // Granted verlof is geoorloofd (verlof/domain), on the lesdagen of the calendar as it is now.
      const dagen = metVerleendVerlof(historieen.get(leerling.jongereId) ?? [], verlofPer.get(leerling.jongereId) ?? []);
      const historie = metDomainErrors(() => ordenHistorie(kalender, opLesdagen(kalender, dagen)));
      const vanafDag = vanaf.get(leerling.jongereId) as string;
      signalen.push({ leerling, berekend: zorgwekkendZiekteverzuim(historie), vanaf: vanafDag });
      const verschil = metDomainErrors(() =>
        herbeoordeel(
          historie,
          alsLeerling(leerling),
          staande.map((m) => m.berekend),
          vanafDag,
          instellingen,
        ),
      );
      const perSleutel = new Map(staande.map((m) => [meldingSleutel(m.berekend), m]));
      const staandVan = (m: BerekendeMelding) => perSleutel.get(meldingSleutel(m));
      return {
        leerling,
        nieuw: verschil.nieuw,
        vervallen: verschil.vervallen.flatMap((m) => staandVan(m) ?? []),
        gewijzigd: verschil.gewijzigd.flatMap(({ eerder, nu }) => {
          const staand = staandVan(eerder);
          return staand ? [{ id: staand.id, nu }] : [];
        }),
      };
    });
    const vastgelegd = await this.legMeldingenVast.execute({ input: { handmatig: false, perLeerling }, correlationId }, manager);
    // Zorgwekkend ziekteverzuim (M@ZL) over the same histories: a signal, not a melding.
    await this.legSignalenVast.execute({ input: { perLeerling: signalen }, correlationId }, manager);
    return vastgelegd;
  }
}
