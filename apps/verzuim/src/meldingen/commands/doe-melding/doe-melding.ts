import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { assertOrgType, Claims } from '@sluitend/auth';
import type { DoeMelding as MeldingInvoer } from '@sluitend/contracts';
import { LeerlingenRepository } from '../../../leerlingen/database/leerlingen.repository';
import { alsLeerling } from '../../../leerlingen/domain/leerling-record';
import { LeerlingFout } from '../../../leerlingen/domain/leerlingen.errors';
import { wieHandelt } from '../../../leerlingen/domain/wie-handelt';
import { Persoonsnummers } from '../../../shared/persoonsnummers';
import { SCHOLEN } from '../../../shared/scholen';
import { MeldingFout } from '../../domain/meldingen.errors';
import { LegMeldingenVast } from '../leg-meldingen-vast/leg-meldingen-vast';

export type DoeMeldingCommand = { input: MeldingInvoer; actor: Claims; correlationId: string };

/**
 * Use case: the school files a verzuimmelding of any DUO kind by hand for a student it registered. Who must act is
 * the platform's plichten rule on the einddatum (leerplichtambtenaar of the woongemeente, or the RMC of the woonregio).
 */
@Injectable()
export class DoeMelding {
  constructor(
    private readonly dataSource: DataSource,
    private readonly leerlingen: LeerlingenRepository,
    private readonly persoonsnummers: Persoonsnummers,
    private readonly legMeldingenVast: LegMeldingenVast,
  ) {}

  async execute({ input, actor, correlationId }: DoeMeldingCommand): Promise<{ meldingId: string }> {
    assertOrgType(actor, SCHOLEN);
    const jongereId = this.persoonsnummers.jongereId(input.persoonsnummer);
    return this.dataSource.transaction(async (manager) => {
      const leerling = (await this.leerlingen.lockVanSchool(manager, actor.org.code, [jongereId])).get(jongereId);
      if (!leerling)
        throw LeerlingFout.onbekend([
          { field: 'persoonsnummer', rule: 'leerling.geregistreerd', message: 'registreer de leerling eerst (POST /leerlingen)' },
        ]);
      const { verantwoordelijke, ontvanger } = wieHandelt(alsLeerling(leerling), input.einddatum);
      if (ontvanger === null) throw MeldingFout.geenOntvanger(input.einddatum);
      const { nieuw } = await this.legMeldingenVast.execute(
        {
          input: {
            handmatig: true,
            perLeerling: [
              {
                leerling,
                nieuw: [
                  {
                    soort: input.soort,
                    startdatum: input.startdatum,
                    einddatum: input.einddatum,
                    urenGemist: input.urenGemist ?? 0,
                    dagenGemist: input.dagenGemist ?? 0,
                    alleLessenGemist: input.alleLessenGemist ?? false,
                    verplicht: false,
                    ontvanger,
                    verantwoordelijke,
                    vervolgmelding: false,
                    kalenders: [],
                    ...(input.vermoedelijkeReden ? { vermoedelijkeReden: input.vermoedelijkeReden } : {}),
                    ...(input.ondernomenActie ? { ondernomenActie: input.ondernomenActie } : {}),
                    ...(input.actieGemeenteGewenst === undefined ? {} : { actieGemeenteGewenst: input.actieGemeenteGewenst }),
                  },
                ],
              },
            ],
          },
          correlationId,
        },
        manager,
      );
      return { meldingId: nieuw[0] };
    });
  }
}
