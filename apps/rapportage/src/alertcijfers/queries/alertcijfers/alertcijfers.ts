import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Claims } from '@sluitend/auth';
import type { AlertcijfersAntwoord, AlertcijfersQuery } from '@sluitend/contracts';
import { ONTHULLINGSBELEID } from '../../../config/onthullingsbeleid.provider';
import { alsKruistabelAntwoord } from '../../../onthulling/domain/kruistabel';
import type { OnthullingsBeleid } from '../../../onthulling/domain/onthullingsbeleid';
import { AlertcijfersRepository } from '../../database/alertcijfers.repository';
import { alertcijfersBereik } from '../../domain/alertcijfers-bereik';
import { alertcijfers } from '../../domain/alert-publicatie';

export type LeesAlertcijfersQuery = {
  input: AlertcijfersQuery;
  actor: Claims;
  correlationId: string;
  /** An export leaves the organisation: always suppressed. */
  voorExport: boolean;
};

/**
 * Use case: the alerts created in one school year, per organisation or signal type: where they stand (with and
 * without escalation), time to pick-up and to handling. An organisation reads its own (unsuppressed), ops all
 * (the three tables suppressed together).
 */
@Injectable()
export class LeesAlertcijfers {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: AlertcijfersRepository,
    @Inject(ONTHULLINGSBELEID) private readonly beleid: OnthullingsBeleid,
  ) {}

  async execute(query: LeesAlertcijfersQuery): Promise<AlertcijfersAntwoord> {
    const bereik = alertcijfersBereik(query.actor.org);
    const { schooljaar, dimensie } = query.input;
    const groepen = await this.repository.groepen(this.dataSource, schooljaar, {
      dimensie,
      ...(bereik.organisatie ? { organisatie: bereik.organisatie } : {}),
    });
    const cijfers = alertcijfers(groepen, bereik.onderdrukken || query.voorExport ? this.beleid : null);
    return {
      schooljaar,
      dimensie,
      stand: alsKruistabelAntwoord(cijfers.stand),
      opgepakt: alsKruistabelAntwoord(cijfers.opgepakt),
      afgehandeld: alsKruistabelAntwoord(cijfers.afgehandeld),
    };
  }
}
