import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { CasusMetHistorie } from '@sluitend/contracts';
import { Clock, CLOCK } from '@sluitend/domain-nl';
import { Command } from '../../../shared/command';
import { CasussenRepository } from '../../database/casussen.repository';
import { eisRegioToegang } from '../../domain/casus-feiten';
import { casusNietGevonden } from '../../domain/casussen.errors';
import { casusTijdlijn } from '../../domain/casus-tijdlijn';
import { tijdigheidVanCasus } from '../../../uitkomsten/domain/tijdigheid';
import { isSignaalSoortVanCasus } from './signaal-soort-van-casus';
import { casusView } from './casus-view';

export type LeesCasusCommand = Command<{ casusId: string }>;

/** Use case: one case of the caller's region with its signals (oldest first) and its history; the read is recorded. Another region gets 404. */
@Injectable()
export class LeesCasus {
  constructor(
    private readonly dataSource: DataSource,
    private readonly casussen: CasussenRepository,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ input, actor }: LeesCasusCommand): Promise<CasusMetHistorie> {
    const casus = await this.casussen.vanId(this.dataSource, input.casusId);
    if (!casus) throw casusNietGevonden();
    eisRegioToegang(actor, casus, 'lezen');
    const now = this.clock.now();
    await this.casussen.registreerInzage(this.dataSource, casus.id, actor, 'casus', now);
    const [signalen, historie] = await Promise.all([
      this.casussen.signalenVan(this.dataSource, casus.id),
      this.casussen.historieVan(this.dataSource, casus.id),
    ]);
    const tijdlijn = casusTijdlijn(
      casus.geopendOp,
      historie.map((h) => ({ naarStatus: h.naar_status, op: h.op })),
    );
    return {
      ...casusView(casus),
      tijdigheid: tijdigheidVanCasus(tijdlijn, casus.afgeslotenOp ?? now),
      signalen: signalen.flatMap((s) =>
        isSignaalSoortVanCasus(s.signaalSoort)
          ? [
              {
                signaalEventId: s.eventId,
                signaalSoort: s.signaalSoort,
                eventType: s.eventType,
                ontvangenOp: s.ontvangenOp.toISOString(),
                opende: s.besluit === 'openen',
              },
            ]
          : [],
      ),
      historie: historie.map((h) => ({
        actie: h.actie,
        vanStatus: h.van_status,
        naarStatus: h.naar_status,
        door: h.door,
        op: h.op.toISOString(),
        toelichting: h.toelichting,
      })),
    };
  }
}
