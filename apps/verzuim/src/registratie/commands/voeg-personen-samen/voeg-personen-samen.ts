import { Inject, Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { Clock, CLOCK } from '@sluitend/domain-nl';
import { NewEvent, OutboxWriter } from '@sluitend/messaging';
import { inTransaction } from '@sluitend/persistence';
import { LeerlingenRepository } from '../../../leerlingen/database/leerlingen.repository';
import { leerlingContext } from '../../../leerlingen/domain/leerling-context';
import { Ingetrokken, KoppelingenRepository } from '../../database/koppelingen.repository';

export type VoegPersonenSamenCommand = { input: { koppelingen: ReadonlyArray<{ van: string; naar: string }> }; correlationId: string };

/**
 * Use case (overstap.persoon.gekoppeld): the student known by an onderwijsnummer (`van`) is the student of the BSN
 * (`naar`). verzuim re-keys the student's enrolments, absence history, meldingen and M@ZL signals from `van` to
 * `naar`, in log order, so from now on they count as one student's. A melding or M@ZL signal of `van` that duplicated
 * one of `naar` is withdrawn with its event (`verzuim.melding.ingetrokken` / `verzuim.ziekteverzuim.ingetrokken`,
 * reden `samengevoegd`), so its alerts close and rapportage stops counting it as open. In the caller's transaction (the
 * inbox's), so the merge and its events happen exactly once.
 */
@Injectable()
export class VoegPersonenSamen {
  constructor(
    private readonly dataSource: DataSource,
    private readonly koppelingen: KoppelingenRepository,
    private readonly leerlingen: LeerlingenRepository,
    private readonly outbox: OutboxWriter,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ input, correlationId }: VoegPersonenSamenCommand, tx?: EntityManager): Promise<void> {
    await inTransaction(this.dataSource, tx, async (manager) => {
      for (const { van, naar } of input.koppelingen) {
        const ingetrokken = await this.koppelingen.herkoppel(manager, van, naar, this.clock.now());
        await this.outbox.append(manager, await this.intrekkingen(manager, van, naar, ingetrokken, correlationId));
      }
    });
  }

  /**
   * The withdrawals' events, keyed by `van` (the pseudonym their melding or signal was published under, so they follow
   * it in its partition), routed by the merged student's enrolment at the school.
   */
  private async intrekkingen(
    manager: EntityManager,
    van: string,
    naar: string,
    { meldingen, signalen }: Ingetrokken,
    correlationId: string,
  ): Promise<NewEvent[]> {
    if (meldingen.length === 0 && signalen.length === 0) return [];
    const events: NewEvent[] = [];
    for (const brin of new Set([...meldingen, ...signalen].map((rij) => rij.brin))) {
      const leerling = (await this.leerlingen.vanSchool(manager, brin, [naar])).get(naar);
      if (!leerling) throw new Error(`merged student has no enrolment at ${brin}`);
      for (const melding of meldingen.filter((rij) => rij.brin === brin)) {
        events.push({
          type: 'verzuim.melding.ingetrokken',
          jongereId: van,
          aggregateId: melding.id,
          correlationId,
          context: leerlingContext(leerling, melding.einddatum),
          payload: { meldingId: melding.id, soort: melding.soort, startdatum: melding.startdatum, brin, reden: 'samengevoegd' },
        } satisfies NewEvent<'verzuim.melding.ingetrokken'>);
      }
      for (const signaal of signalen.filter((rij) => rij.brin === brin)) {
        events.push({
          type: 'verzuim.ziekteverzuim.ingetrokken',
          jongereId: van,
          aggregateId: signaal.id,
          correlationId,
          context: leerlingContext(leerling, signaal.datum),
          payload: { signaalId: signaal.id, grond: signaal.grond, datum: signaal.datum, brin, reden: 'samengevoegd' },
        } satisfies NewEvent<'verzuim.ziekteverzuim.ingetrokken'>);
      }
    }
    return events;
  }
}
