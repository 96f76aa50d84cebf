import { BadRequestException, Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { assertOrgType, Claims } from '@sluitend/auth';
import { RegistreerAanmelding } from '@sluitend/contracts';
import { Clock, CLOCK, toelatingsrechtDeadline } from '@sluitend/domain-nl';
import { OutboxWriter } from '@sluitend/messaging';
import { Persoonsnummers } from '../../../shared/persoonsnummers';
import { Aanmelding } from '../../aanmelding.entity';
import { routingContext } from '../../routing-context';
import { assertEigenLocatie } from '../../../shared/eigen-locatie';

export type AanmeldingResultaat = { aanmeldingId: string; status: string; opTijd: boolean; nieuw: boolean };

/**
 * Use case: an mbo institution registers an aanmelding. The moment of aanmelden decides toelatingsrecht (on or before
 * the end of 1 April, Europe/Amsterdam). Registering the same student, programme and schooljaar again returns the
 * existing aanmelding and publishes nothing.
 */
@Injectable()
export class RegistreerAanmeldingService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: OutboxWriter,
    private readonly persoonsnummers: Persoonsnummers,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute(input: RegistreerAanmelding, user: Claims, correlationId: string): Promise<AanmeldingResultaat> {
    assertOrgType(user, ['mbo-instelling']);
    const mboBrin = user.org.code;
    assertEigenLocatie(user, input.locatie);
    const now = this.clock.now();
    const aangemeldOp = input.aangemeldOp ? new Date(input.aangemeldOp) : now;
    if (aangemeldOp.getTime() > now.getTime()) {
      throw new BadRequestException({
        code: 'validation.failed',
        detail: 'aangemeldOp ligt in de toekomst',
        errors: [{ field: 'aangemeldOp', rule: 'niet-in-de-toekomst', message: 'een aanmelding kan niet later dan nu zijn gedaan' }],
      });
    }
    const jongereId = this.persoonsnummers.jongereId(input.persoonsnummer);
    const opTijd = aangemeldOp.getTime() <= toelatingsrechtDeadline(input.schooljaar).getTime();
    return this.dataSource.transaction(async (manager) => {
      const inserted: Array<{ id: string }> = await manager.query(
        `INSERT INTO aanmelding (id, jongere_id, schooljaar, mbo_brin, locatie, crebo, niveau, startdatum, status, aangemeld_op, op_tijd, gewijzigd_op)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)
         ON CONFLICT ON CONSTRAINT aanmelding_uniek DO NOTHING RETURNING id`,
        [randomUUID(), jongereId, input.schooljaar, mboBrin, input.locatie, input.crebo, input.niveau, input.startdatum, input.status, aangemeldOp, opTijd, now],
      );
      if (inserted.length === 0) {
        const existing = await manager.findOneByOrFail(Aanmelding, { jongereId, schooljaar: input.schooljaar, mboBrin, crebo: input.crebo });
        return { aanmeldingId: existing.id, status: existing.status, opTijd: existing.opTijd, nieuw: false };
      }
      const aanmeldingId = inserted[0].id;
      await manager.query('INSERT INTO aanmelding_statushistorie (aanmelding_id, van, naar, op, door) VALUES ($1, NULL, $2, $3, $4)', [
        aanmeldingId,
        input.status,
        now,
        user.sub,
      ]);
      await this.outbox.append(manager, [
        {
          type: 'overstap.aanmelding.geregistreerd',
          jongereId,
          aggregateId: aanmeldingId,
          correlationId,
          context: await routingContext(manager, jongereId, input.schooljaar, now),
          payload: {
            aanmeldingId,
            schooljaar: input.schooljaar,
            mboBrin,
            locatie: input.locatie,
            crebo: input.crebo,
            niveau: input.niveau,
            status: input.status,
            aangemeldOp: aangemeldOp.toISOString(),
            opTijd,
          },
        },
      ]);
      return { aanmeldingId, status: input.status, opTijd, nieuw: true };
    });
  }
}
