import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { assertOrgType, Claims } from '@sluitend/auth';
import type { MeldUitschrijving as UitschrijvingInvoer, UitschrijvingResultaat } from '@sluitend/contracts';
import { Clock, CLOCK, laatsteTeldatumOnder23, localDateOf, valtOnderRmc } from '@sluitend/domain-nl';
import { OutboxWriter } from '@sluitend/messaging';
import { EvalueerLateFeiten } from '../../../deadlines/commands/evalueer-late-feiten/evalueer-late-feiten';
import { PlanHerinschrijvingstermijn } from '../../../deadlines/commands/plan-herinschrijvingstermijn/plan-herinschrijvingstermijn';
import { minderjarigOp } from '../../../routering/domain/routing-context';
import { BepaalRoutingContext } from '../../../routering/queries/routing-context/routing-context';
import { RegistreerSignaal } from '../../../signalen/commands/registreer-signaal/registreer-signaal';
import { InschrijvingenRepository } from '../../database/inschrijvingen.repository';
import { UITSCHRIJVING_ZONDER_SK } from '../../domain/inschrijving-signalen';
import { InschrijvingFout } from '../../domain/inschrijvingen.errors';

export type MeldUitschrijvingCommand = { input: UitschrijvingInvoer & { inschrijvingId: string }; actor: Claims; correlationId: string };

/**
 * Use case: the mbo reports an uitschrijving with DUO's reason code. A student under 23 without startkwalificatie is
 * signalled to the RMC at once (signal 5), and the re-enrolment window opens (deadlines): no new inschrijving or
 * switch within it raises "geen herinschrijving" at its end.
 */
@Injectable()
export class MeldUitschrijving {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: OutboxWriter,
    private readonly inschrijvingen: InschrijvingenRepository,
    private readonly routingContext: BepaalRoutingContext,
    private readonly registreerSignaal: RegistreerSignaal,
    private readonly planHerinschrijvingstermijn: PlanHerinschrijvingstermijn,
    private readonly evalueerLateFeiten: EvalueerLateFeiten,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ input, actor, correlationId }: MeldUitschrijvingCommand): Promise<UitschrijvingResultaat> {
    assertOrgType(actor, ['mbo-instelling']);
    const { inschrijvingId: id } = input;
    const now = this.clock.now();
    if (input.uitgeschrevenPer > localDateOf(now)) throw InschrijvingFout.uitschrijvingInDeToekomst();
    return this.dataSource.transaction(async (manager) => {
      const inschrijving = await this.inschrijvingen.lockEigen(manager, id, actor.org.code);
      if (!inschrijving) throw InschrijvingFout.nietGevonden(id, actor.org.code);
      if (inschrijving.status !== 'ingeschreven') throw InschrijvingFout.beeindigd(inschrijving);
      if (input.uitgeschrevenPer < inschrijving.ingeschrevenPer) throw InschrijvingFout.uitschrijvingVoorInschrijving(inschrijving.ingeschrevenPer);
      const { jongereId, schooljaar, mboBrin } = inschrijving;
      await this.inschrijvingen.beeindig(manager, id, {
        status: 'uitgeschreven',
        per: input.uitgeschrevenPer,
        reden: input.reden,
        woongemeente: input.woongemeente,
      });
      // The woongemeente the mbo gives now (stored above) routes it; the mbo states the geboortedatum with the
      // uitschrijving, which decides whether leerplicht is told too.
      const context = {
        ...(await this.routingContext.execute({ input: { jongereId, schooljaar, op: now } }, manager)),
        ...minderjarigOp(input.geboortedatum, localDateOf(now)),
      };
      await this.outbox.append(manager, [
        {
          type: 'overstap.inschrijving.beeindigd',
          jongereId,
          aggregateId: id,
          correlationId,
          context,
          payload: {
            inschrijvingId: id,
            schooljaar,
            mboBrin,
            soort: 'uitschrijving',
            per: input.uitgeschrevenPer,
            reden: input.reden,
            // What statistical VSV needs, never the date of birth itself (ADR 0023).
            startkwalificatie: input.startkwalificatie,
            laatsteTeldatumOnder23: laatsteTeldatumOnder23(input.geboortedatum),
          },
        },
      ]);
      // Reported after 1 October for a student who left before it: the teldatum that fired sees it now (issue 10).
      await this.evalueerLateFeiten.execute({ input: { jongeren: [{ jongereId, schooljaar }], op: now }, correlationId }, manager);
      if (!valtOnderRmc(input.geboortedatum, input.uitgeschrevenPer, input.startkwalificatie)) return { inschrijvingId: id, signaal: false };

      const { uiterlijk } = await this.planHerinschrijvingstermijn.execute(
        { input: { jongereId, schooljaar, uitgeschrevenPer: input.uitgeschrevenPer, inschrijvingId: id } },
        manager,
      );
      const signaal = await this.registreerSignaal.execute(
        {
          input: {
            regel: UITSCHRIJVING_ZONDER_SK,
            // Per uitschrijving (an inschrijving ends once): a second dropout years later is a second signal.
            aanleiding: id,
            jongereId,
            schooljaar,
            op: now,
            event: 'overstap.signaal.uitschrijving-zonder-startkwalificatie',
            context,
            payload: ({ signaalId }) => ({
              signaalId,
              schooljaar,
              inschrijvingId: id,
              mboBrin,
              uitgeschrevenPer: input.uitgeschrevenPer,
              reden: input.reden,
              herinschrijvingUiterlijk: uiterlijk,
            }),
          },
          correlationId,
        },
        manager,
      );
      return { inschrijvingId: id, signaal: signaal !== null, herinschrijvingUiterlijk: uiterlijk };
    });
  }
}
