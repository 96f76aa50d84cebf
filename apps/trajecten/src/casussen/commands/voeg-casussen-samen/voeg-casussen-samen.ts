import { Inject, Injectable, Logger } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { Clock, CLOCK } from '@sluitend/domain-nl';
import { NewEvent, OutboxWriter } from '@sluitend/messaging';
import { inTransaction } from '@sluitend/persistence';
import { SystemCommand } from '../../../shared/command';
import { CasussenRepository, HistorieRegel } from '../../database/casussen.repository';
import { dubbeleCasusUitkomst, samenvoegingen } from '../../domain/casussen-samenvoegen';

export type VoegCasussenSamenCommand = SystemCommand<{ van: string; naar: string; eventId: string }>;

type SignaalSoort = NewEvent<'trajecten.casus.signaal-gekoppeld'>['payload']['signaalSoort'];

/**
 * Use case (overstap.persoon.gekoppeld): the young person known by an onderwijsnummer (`van`) is the person of the BSN
 * (`naar`). Where both had an open case in one region, the case opened first stays and the other closes as a
 * duplicate (outcome "overig", saying where it went; trajecten.casus.samengevoegd, not casus.afgesloten, so the
 * effectrapportage does not count it), its signals and contact attempts moving over; then every case and signal of
 * `van` is re-keyed to `naar`. In the caller's transaction (the inbox's): exactly once.
 */
@Injectable()
export class VoegCasussenSamen {
  private readonly logger = new Logger(VoegCasussenSamen.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly casussen: CasussenRepository,
    private readonly outbox: OutboxWriter,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  execute(command: VoegCasussenSamenCommand, tx?: EntityManager): Promise<{ samengevoegd: number }> {
    return inTransaction(this.dataSource, tx, (manager) => this.voegSamen(manager, command));
  }

  private async voegSamen(manager: EntityManager, { input, correlationId }: VoegCasussenSamenCommand): Promise<{ samengevoegd: number }> {
    const { van, naar, eventId } = input;
    const now = this.clock.now();
    const open = await this.casussen.openVanPersonen(manager, [van, naar]);
    const plan = samenvoegingen(open, van, naar);
    const events: NewEvent[] = [];
    for (const { rmcRegio, blijft, dubbel } of plan) {
      const dubbele = open.find((c) => c.id === dubbel);
      const verplaatst = await this.casussen.verplaatsNaarCasus(manager, dubbel, blijft);
      await this.casussen.zetStatus(manager, dubbel, 'afgesloten', now, dubbeleCasusUitkomst(blijft));
      const historie: HistorieRegel[] = [
        {
          casusId: dubbel,
          actie: 'samengevoegd',
          vanStatus: dubbele?.status ?? null,
          naarStatus: 'afgesloten',
          door: null,
          op: now,
          toelichting: `opgegaan in casus ${blijft}`,
        },
        {
          casusId: blijft,
          actie: 'samengevoegd',
          vanStatus: null,
          naarStatus: null,
          door: null,
          op: now,
          toelichting: `casus ${dubbel} opgegaan in deze (${verplaatst.length} signalen)${dubbele?.casusregisseur ? `; regisseur daar was ${dubbele.casusregisseur.naam}` : ''}`,
        },
      ];
      await this.casussen.voegHistorieToe(manager, historie);
      events.push({
        type: 'trajecten.casus.samengevoegd',
        jongereId: naar,
        aggregateId: dubbel,
        context: { rmcRegio },
        correlationId,
        causationId: eventId,
        payload: { casusId: dubbel, in: blijft, rmcRegio, samengevoegdOp: now.toISOString() },
      } satisfies NewEvent<'trajecten.casus.samengevoegd'>);
      for (const signaal of verplaatst) {
        events.push({
          type: 'trajecten.casus.signaal-gekoppeld',
          jongereId: naar,
          aggregateId: blijft,
          context: { rmcRegio },
          correlationId,
          causationId: eventId,
          payload: {
            casusId: blijft,
            rmcRegio,
            signaalEventId: signaal.eventId,
            signaalSoort: signaal.signaalSoort as SignaalSoort,
            gekoppeldOp: now.toISOString(),
          },
        } satisfies NewEvent<'trajecten.casus.signaal-gekoppeld'>);
      }
    }
    await this.casussen.herkoppel(manager, van, naar);
    if (events.length > 0) await this.outbox.append(manager, events);
    if (plan.length > 0) this.logger.log(`persoon gekoppeld (event ${eventId}): ${plan.length} dubbele casus(sen) samengevoegd`);
    return { samengevoegd: plan.length };
  }
}
