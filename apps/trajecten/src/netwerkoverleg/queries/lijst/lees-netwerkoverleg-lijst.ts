import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { NetwerkoverlegLijst } from '@sluitend/contracts';
import { IsoDate } from '@sluitend/domain-nl';
import { CasussenRepository } from '../../../casussen/database/casussen.repository';
import { eisRegioToegang } from '../../../casussen/domain/casus-feiten';
import { ScreeningRepository } from '../../../screening/database/screening.repository';
import { Command } from '../../../shared/command';
import { NetwerkoverlegRepository } from '../../database/netwerkoverleg.repository';
import { agendaSluiting, agendaVoorOverleg } from '../../domain/agenda';
import { triageVoorstel } from '../../domain/triage';

export type LeesNetwerkoverlegLijstCommand = Command<{ rmcRegio: string; datum: IsoDate }>;

/** The most cases one list holds (a meeting discusses a list, not hundreds). */
const MAX_LIJST = 200;

/**
 * Use case: the list for the region's netwerkoverleg on a date — its cases waiting in status netwerkoverleg, put on
 * the list before it closed and not discussed since, longest waiting first, each with the triage proposal from its
 * latest screening. For the region's RMC staff.
 */
@Injectable()
export class LeesNetwerkoverlegLijst {
  constructor(
    private readonly dataSource: DataSource,
    private readonly casussen: CasussenRepository,
    private readonly screenings: ScreeningRepository,
    private readonly adviezen: NetwerkoverlegRepository,
  ) {}

  async execute({ input, actor }: LeesNetwerkoverlegLijstCommand): Promise<NetwerkoverlegLijst> {
    eisRegioToegang(actor, { rmcRegio: input.rmcRegio, status: 'netwerkoverleg' }, 'lezen');
    const { casussen } = await this.casussen.zoek(this.dataSource, input.rmcRegio, { status: 'netwerkoverleg' }, 1, MAX_LIJST);
    const besproken = await this.adviezen.laatstBesproken(
      this.dataSource,
      casussen.map((c) => c.id),
    );
    const kandidaten = [];
    for (const casus of casussen) {
      const historie = await this.casussen.historieVan(this.dataSource, casus.id);
      const geagendeerd = historie.filter((h) => h.naar_status === 'netwerkoverleg').at(-1)?.op ?? casus.gewijzigdOp;
      kandidaten.push({
        casusId: casus.id,
        rmcRegio: casus.rmcRegio,
        status: casus.status,
        geagendeerdOp: geagendeerd,
        laatstBesprokenOp: besproken.get(casus.id),
      });
    }
    const lijst = agendaVoorOverleg(kandidaten, { rmcRegio: input.rmcRegio, datum: input.datum });
    const perId = new Map(casussen.map((c) => [c.id, c]));
    const uit: NetwerkoverlegLijst['casussen'] = [];
    for (const k of lijst) {
      const laatste = (await this.screenings.vanCasus(this.dataSource, k.casusId)).at(-1);
      const voorstel = triageVoorstel(laatste);
      uit.push({
        casusId: k.casusId,
        geagendeerdOp: k.geagendeerdOp.toISOString(),
        casusregisseur: perId.get(k.casusId)?.casusregisseur ?? null,
        triageVoorstel: { triage: voorstel.triage, reden: voorstel.reden, knelpunten: [...voorstel.knelpunten] },
      });
    }
    return { rmcRegio: input.rmcRegio, datum: input.datum, sluiting: agendaSluiting(input.datum).toISOString(), casussen: uit };
  }
}
