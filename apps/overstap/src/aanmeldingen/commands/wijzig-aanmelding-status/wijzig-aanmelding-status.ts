import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { assertOrgType, Claims } from '@sluitend/auth';
import type { AanmeldingStatus, AanmeldingStatusResultaat } from '@sluitend/contracts';
import { Clock, CLOCK } from '@sluitend/domain-nl';
import { OutboxWriter } from '@sluitend/messaging';
import { EvalueerLateFeiten } from '../../../deadlines/commands/evalueer-late-feiten/evalueer-late-feiten';
import { BepaalRoutingContext } from '../../../routering/queries/routing-context/routing-context';
import { RegistreerSignaal } from '../../../signalen/commands/registreer-signaal/registreer-signaal';
import { AanmeldingenRepository } from '../../database/aanmeldingen.repository';
import { magOvergaan, toegestaneOvergangen } from '../../domain/aanmelding-status';
import { AanmeldingFout } from '../../domain/aanmeldingen.errors';
import { GEEN_LEVENDE_AANMELDING, geenLevendeAanmeldingPayload, laatsteLevendeBeeindigd } from '../../domain/geen-levende-aanmelding';

export type WijzigAanmeldingStatusCommand = { input: { aanmeldingId: string; status: AanmeldingStatus }; actor: Claims; correlationId: string };

/**
 * Use case: the mbo moves one of its aanmeldingen to another status. A transition the status table does not allow is
 * a conflict naming the allowed ones; another institution's aanmelding does not exist for the caller. The change that
 * ends the student's last live aanmelding raises "geen levende aanmelding" in the same transaction.
 */
@Injectable()
export class WijzigAanmeldingStatus {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: OutboxWriter,
    private readonly aanmeldingen: AanmeldingenRepository,
    private readonly routingContext: BepaalRoutingContext,
    private readonly registreerSignaal: RegistreerSignaal,
    private readonly evalueerLateFeiten: EvalueerLateFeiten,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ input, actor, correlationId }: WijzigAanmeldingStatusCommand): Promise<AanmeldingStatusResultaat> {
    assertOrgType(actor, ['mbo-instelling']);
    const { aanmeldingId, status: naar } = input;
    return this.dataSource.transaction(async (manager) => {
      const aanmelding = await this.aanmeldingen.lockEigen(manager, aanmeldingId, actor.org.code);
      if (!aanmelding) throw AanmeldingFout.nietGevonden(aanmeldingId, actor.org.code);
      const van = aanmelding.status;
      if (!magOvergaan(van, naar)) throw AanmeldingFout.overgangNietToegestaan(van, naar, toegestaneOvergangen(van));
      const now = this.clock.now();
      await this.aanmeldingen.wijzigStatus(manager, aanmeldingId, naar, now);
      await this.aanmeldingen.registreerOvergang(manager, { aanmeldingId, van, naar, op: now, door: actor.sub });
      const nogLevend = await this.aanmeldingen.levende(manager, aanmelding.jongereId, aanmelding.schooljaar);
      const context = await this.routingContext.execute(
        { input: { jongereId: aanmelding.jongereId, schooljaar: aanmelding.schooljaar, op: now } },
        manager,
      );
      await this.outbox.append(manager, [
        {
          type: 'overstap.aanmelding.status-gewijzigd',
          jongereId: aanmelding.jongereId,
          aggregateId: aanmeldingId,
          correlationId,
          context,
          payload: {
            aanmeldingId,
            schooljaar: aanmelding.schooljaar,
            mboBrin: aanmelding.mboBrin,
            van,
            naar,
            gewijzigdOp: now.toISOString(),
            nogLevendeAanmeldingen: nogLevend,
          },
        },
      ]);
      if (laatsteLevendeBeeindigd(naar, nogLevend)) {
        await this.registreerSignaal.execute(
          {
            input: {
              regel: GEEN_LEVENDE_AANMELDING,
              jongereId: aanmelding.jongereId,
              schooljaar: aanmelding.schooljaar,
              op: now,
              event: 'overstap.signaal.geen-levende-aanmelding',
              payload: (signaal) => geenLevendeAanmeldingPayload(aanmelding, naar, signaal),
              context,
            },
            correlationId,
          },
          manager,
        );
      }
      // A change after 1 October (no longer ingeschreven) is evaluated against the teldatum that fired (issue 10).
      await this.evalueerLateFeiten.execute(
        { input: { jongeren: [{ jongereId: aanmelding.jongereId, schooljaar: aanmelding.schooljaar }], op: now }, correlationId },
        manager,
      );
      return { aanmeldingId, status: naar, toegestaan: [...toegestaneOvergangen(naar)] };
    });
  }
}
