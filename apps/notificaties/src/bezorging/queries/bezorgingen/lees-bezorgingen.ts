import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Bezorgingen, OrganisatieRef } from '@sluitend/contracts';
import { Command } from '../../../shared/command';
import { BezorgingRepository } from '../../database/bezorging.repository';
import { assertBeheerderOfOps } from '../../domain/organisatie-beheer';

export type LeesBezorgingenCommand = Command<{ organisatie: OrganisatieRef; limiet: number }>;

/** Use case: the delivery log of an organisation, newest first, with every attempt — for its beheerder or ops (it holds no personal data). */
@Injectable()
export class LeesBezorgingen {
  constructor(
    private readonly dataSource: DataSource,
    private readonly bezorgingen: BezorgingRepository,
  ) {}

  async execute({ input, actor }: LeesBezorgingenCommand): Promise<Bezorgingen> {
    assertBeheerderOfOps(actor, input.organisatie);
    const rijen = await this.bezorgingen.bezorgingen(this.dataSource, input.organisatie, input.limiet);
    return {
      organisatie: input.organisatie,
      bezorgingen: rijen.map((rij) => ({
        id: rij.id,
        kanaal: rij.kanaal,
        soort: rij.soort,
        status: rij.status,
        pogingen: rij.pogingen,
        laatsteFout: rij.laatste_fout,
        alerts: rij.alerts,
        aangemaaktOp: rij.aangemaakt_op.toISOString(),
        verzondenOp: rij.verzonden_op?.toISOString() ?? null,
        volgendePogingOp: rij.status === 'wachtend' ? rij.volgende_poging_op.toISOString() : null,
        log: rij.log,
      })),
    };
  }
}
