import { ConflictException, Inject, Injectable, NotFoundException } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { assertOrgType, Claims } from '@sluitend/auth';
import { AanmeldingStatus } from '@sluitend/contracts';
import { Clock, CLOCK } from '@sluitend/domain-nl';
import { OutboxWriter } from '@sluitend/messaging';
import { isLevend, magOvergaan, toegestaneOvergangen } from '../../domain/aanmelding-status';
import { Aanmelding } from '../../aanmelding.entity';
import { levendeAanmeldingen, routingContext } from '../../routing-context';
import { signaleerGeenLevendeAanmelding } from '../../signalen/geen-levende-aanmelding.signaal';

/**
 * Use case: the mbo moves one of its aanmeldingen to another status. A transition the domain does not allow is a 409
 * naming the allowed ones; another institution's aanmelding does not exist for the caller (404).
 */
@Injectable()
export class WijzigStatusService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: OutboxWriter,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute(aanmeldingId: string, naar: AanmeldingStatus, user: Claims, correlationId: string) {
    assertOrgType(user, ['mbo-instelling']);
    return this.dataSource.transaction(async (manager) => {
      const aanmelding = await manager.findOne(Aanmelding, { where: { id: aanmeldingId, mboBrin: user.org.code }, lock: { mode: 'pessimistic_write' } });
      if (!aanmelding) throw new NotFoundException({ code: 'aanmelding.niet-gevonden', detail: `geen aanmelding ${aanmeldingId} bij ${user.org.code}` });
      const van = aanmelding.status;
      if (!magOvergaan(van, naar)) {
        const toegestaan = toegestaneOvergangen(van);
        throw new ConflictException({
          code: 'aanmelding.overgang-niet-toegestaan',
          detail: `van ${van} naar ${naar} mag niet; toegestaan: ${toegestaan.length ? toegestaan.join(', ') : 'geen (eindstatus)'}`,
          toegestaan,
        });
      }
      const now = this.clock.now();
      await manager.update(Aanmelding, { id: aanmeldingId }, { status: naar, gewijzigdOp: now });
      await manager.query('INSERT INTO aanmelding_statushistorie (aanmelding_id, van, naar, op, door) VALUES ($1, $2, $3, $4, $5)', [
        aanmeldingId,
        van,
        naar,
        now,
        user.sub,
      ]);
      const nogLevend = await levendeAanmeldingen(manager, aanmelding.jongereId, aanmelding.schooljaar);
      const context = await routingContext(manager, aanmelding.jongereId, aanmelding.schooljaar, now);
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
      if (!isLevend(naar) && nogLevend === 0) {
        await signaleerGeenLevendeAanmelding(manager, this.outbox, aanmelding, naar, now, context, correlationId);
      }
      return { aanmeldingId, status: naar, toegestaan: toegestaneOvergangen(naar) };
    });
  }
}
