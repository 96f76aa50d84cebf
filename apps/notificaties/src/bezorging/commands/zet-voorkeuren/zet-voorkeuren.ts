import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Kanalen, OrganisatieRef, Voorkeuren } from '@sluitend/contracts';
import { Clock, CLOCK } from '@sluitend/domain-nl';
import { Command } from '../../../shared/command';
import { BezorgingRepository } from '../../database/bezorging.repository';
import { kanalenView } from '../../domain/kanalen-view';
import { assertBeheerder } from '../../domain/organisatie-beheer';

export type ZetVoorkeurenCommand = Command<{ organisatie: OrganisatieRef; voorkeuren: Voorkeuren }>;

/** Use case: an organisation's beheerder (for an RMC-regio also its coordinator) sets where and how often alerts are e-mailed. */
@Injectable()
export class ZetVoorkeuren {
  constructor(
    private readonly dataSource: DataSource,
    private readonly bezorgingen: BezorgingRepository,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ input, actor }: ZetVoorkeurenCommand): Promise<Kanalen> {
    assertBeheerder(actor, input.organisatie);
    await this.bezorgingen.zetVoorkeuren(this.dataSource, input.organisatie, input.voorkeuren, this.clock.now());
    const [voorkeur, webhook] = await Promise.all([
      this.bezorgingen.voorkeur(this.dataSource, input.organisatie),
      this.bezorgingen.webhook(this.dataSource, input.organisatie),
    ]);
    return kanalenView(input.organisatie, voorkeur, webhook);
  }
}
