import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Kanalen, OrganisatieRef } from '@sluitend/contracts';
import { Runner } from '@sluitend/persistence';
import { Command } from '../../../shared/command';
import { BezorgingRepository } from '../../database/bezorging.repository';
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
    return this.kanalen(this.dataSource, input.organisatie);
  }

  /** The channels as they are stored now (also the answer of a change). */
  async kanalen(runner: Runner, organisatie: OrganisatieRef): Promise<Kanalen> {
    const [voorkeur, webhook] = await Promise.all([this.bezorgingen.voorkeur(runner, organisatie), this.bezorgingen.webhook(runner, organisatie)]);
    return {
      organisatie,
      emailAdressen: voorkeur?.email_adressen ?? [],
      coordinatorEmailAdressen: voorkeur?.coordinator_email_adressen ?? [],
      modus: voorkeur?.modus ?? 'direct',
      webhook: webhook
        ? { url: webhook.url, actief: webhook.actief, opeenvolgendeFouten: webhook.opeenvolgende_fouten, uitgeschakeldOp: webhook.uitgeschakeld_op?.toISOString() ?? null }
        : null,
    };
  }
}
