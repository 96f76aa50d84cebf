import { BadRequestException, ConflictException, Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { assertOrgType, Claims } from '@sluitend/auth';
import { MeldUitschrijving } from '@sluitend/contracts';
import { addDays, Clock, CLOCK, endOfLocalDate, localDateOf, valtOnderRmc } from '@sluitend/domain-nl';
import { OutboxWriter } from '@sluitend/messaging';
import { minderjarigOp, routingContext } from '../../../aanmeldingen/routing-context';
import { OVERSTAP_ENV, OverstapEnv } from '../../../config/overstap-env';
import { planPersoonlijkeDeadline } from '../../../deadlines/deadline-regels';
import { registreerSignaal } from '../../../signalen/registreer-signaal';
import { GEEN_HERINSCHRIJVING } from '../../geen-herinschrijving.regel';
import { eigenInschrijving, nietMeerIngeschreven } from '../eigen-inschrijving';

export const UITSCHRIJVING_ZONDER_SK = 'uitschrijving-zonder-startkwalificatie';

/**
 * Use case: the mbo reports an uitschrijving with DUO's reason code. A student under 23 without startkwalificatie is
 * signalled to the RMC at once (signal 5), and a personal deadline opens: no new inschrijving or switch within the
 * window (HERINSCHRIJVING_TERMIJN_WEKEN, default 4) raises "geen herinschrijving" at its end.
 */
@Injectable()
export class MeldUitschrijvingService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: OutboxWriter,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(OVERSTAP_ENV) private readonly env: OverstapEnv,
  ) {}

  async execute(id: string, input: MeldUitschrijving, user: Claims, correlationId: string) {
    assertOrgType(user, ['mbo-instelling']);
    const now = this.clock.now();
    if (input.uitgeschrevenPer > localDateOf(now)) {
      throw new BadRequestException({
        code: 'validation.failed',
        detail: 'een uitschrijving wordt gemeld als ze is ingegaan',
        errors: [{ field: 'uitgeschrevenPer', rule: 'niet-in-de-toekomst', message: 'uitgeschrevenPer ligt na vandaag' }],
      });
    }
    return this.dataSource.transaction(async (manager) => {
      const inschrijving = await eigenInschrijving(manager, id, user);
      if (inschrijving.status !== 'ingeschreven') throw new ConflictException(nietMeerIngeschreven(inschrijving));
      if (input.uitgeschrevenPer < inschrijving.ingeschrevenPer) {
        throw new BadRequestException({
          code: 'validation.failed',
          detail: 'uitgeschreven vóór de inschrijving begon',
          errors: [{ field: 'uitgeschrevenPer', rule: 'na-inschrijving', message: `op of na ${inschrijving.ingeschrevenPer}` }],
        });
      }
      await manager.query(
        `UPDATE inschrijving SET status = 'uitgeschreven', uitgeschreven_per = $2, uitschrijfreden = $3 WHERE id = $1`,
        [id, input.uitgeschrevenPer, input.reden],
      );
      // The mbo states the geboortedatum with the uitschrijving; it decides whether leerplicht is told too.
      const context = { ...(await routingContext(manager, inschrijving.jongereId, inschrijving.schooljaar, now)), ...minderjarigOp(input.geboortedatum, localDateOf(now)) };
      await this.outbox.append(manager, [
        {
          type: 'overstap.inschrijving.beeindigd',
          jongereId: inschrijving.jongereId,
          aggregateId: id,
          correlationId,
          context,
          payload: { inschrijvingId: id, schooljaar: inschrijving.schooljaar, mboBrin: inschrijving.mboBrin, soort: 'uitschrijving', per: input.uitgeschrevenPer, reden: input.reden },
        },
      ]);
      if (!valtOnderRmc(input.geboortedatum, input.uitgeschrevenPer, input.startkwalificatie)) return { inschrijvingId: id, signaal: false };

      const uiterlijk = addDays(input.uitgeschrevenPer, 7 * this.env.HERINSCHRIJVING_TERMIJN_WEKEN);
      await planPersoonlijkeDeadline(manager, GEEN_HERINSCHRIJVING, inschrijving.schooljaar, inschrijving.jongereId, endOfLocalDate(uiterlijk));
      const signaal = await registreerSignaal(manager, UITSCHRIJVING_ZONDER_SK, inschrijving.jongereId, inschrijving.schooljaar, now);
      if (signaal) {
        await this.outbox.append(manager, [
          {
            type: 'overstap.signaal.uitschrijving-zonder-startkwalificatie',
            jongereId: inschrijving.jongereId,
            aggregateId: signaal.signaalId,
            correlationId,
            context,
            payload: {
              signaalId: signaal.signaalId,
              schooljaar: inschrijving.schooljaar,
              inschrijvingId: id,
              mboBrin: inschrijving.mboBrin,
              uitgeschrevenPer: input.uitgeschrevenPer,
              reden: input.reden,
              herinschrijvingUiterlijk: uiterlijk,
            },
          },
        ]);
      }
      return { inschrijvingId: id, signaal: signaal !== null, herinschrijvingUiterlijk: uiterlijk };
    });
  }
}
