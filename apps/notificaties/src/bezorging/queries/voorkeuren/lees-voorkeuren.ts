import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Kanalen, OrganisatieRef } from '@sluitend/contracts';
import { Command } from '../../../shared/command';
import { BezorgingRepository } from '../../database/bezorging.repository';
import { kanalenView } from '../../domain/kanalen-view';
import { assertBeheerder } from '../../domain/organisatie-beheer';

export type LeesVoorkeurenCommand = Command<{ organisatie: OrganisatieRef }>;

/** Use case: an organisation's channels — e-mail addresses, immediate or daily, and its webhook (never its secret). Its beheerder reads them. */
@Injectable()
export class LeesVoorkeuren {
  constructor(
    private readonly dataSource: DataSource,
    private readonly bezorgingen: BezorgingRepository,
  ) {}

  async execute({ input, actor }: LeesVoorkeurenCommand): Promise<Kanalen> {
    assertBeheerder(actor, input.organisatie);
    const [voorkeur, webhook] = await Promise.all([
      this.bezorgingen.voorkeur(this.dataSource, input.organisatie),
      this.bezorgingen.webhook(this.dataSource, input.organisatie),
    ]);
    return kanalenView(input.organisatie, voorkeur, webhook);
  }
}
