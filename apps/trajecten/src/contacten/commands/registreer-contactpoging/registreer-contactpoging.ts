import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { ContactpogingView, RegistreerContactpogingInvoer } from '@sluitend/contracts';
import { Clock, CLOCK } from '@sluitend/domain-nl';
import { CasussenRepository } from '../../../casussen/database/casussen.repository';
import { eisRegioToegang } from '../../../casussen/domain/casus-feiten';
import { isOpen } from '../../../casussen/domain/casus-status';
import { casusAfgesloten, casusNietGevonden } from '../../../casussen/domain/casussen.errors';
import { Command } from '../../../shared/command';
import { ContactenRepository, OpgeslagenContactpoging } from '../../database/contacten.repository';
import { valideerContactPoging } from '../../domain/contactpoging';

export type RegistreerContactpogingCommand = Command<{ casusId: string } & RegistreerContactpogingInvoer>;

export const contactpogingView = (poging: OpgeslagenContactpoging): ContactpogingView => ({
  id: poging.id,
  casusId: poging.casusId,
  soort: poging.soort,
  bereikt: poging.bereikt,
  door: poging.door,
  op: poging.op.toISOString(),
  toelichting: poging.toelichting,
});

/**
 * Use case: an attempt to reach the young person (letter, e-mail, phone, home visit, tracing), reached or not, by the
 * caller, at `op` (default now; never in the future: contactpoging.ongeldig). Only on an open case of the caller's
 * region. Recorded with a history line on the case; the status step (contact-leggen) stays the professional's choice.
 */
@Injectable()
export class RegistreerContactpoging {
  constructor(
    private readonly dataSource: DataSource,
    private readonly casussen: CasussenRepository,
    private readonly contacten: ContactenRepository,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  execute(command: RegistreerContactpogingCommand): Promise<ContactpogingView> {
    return this.dataSource.transaction((manager) => this.registreer(manager, command));
  }

  private async registreer(manager: EntityManager, { input, actor }: RegistreerContactpogingCommand): Promise<ContactpogingView> {
    const casus = await this.casussen.vanId(manager, input.casusId, true);
    if (!casus) throw casusNietGevonden();
    eisRegioToegang(actor, casus, 'wijzigen');
    if (!isOpen(casus.status)) throw casusAfgesloten(casus.id);
    const now = this.clock.now();
    const poging = valideerContactPoging(
      { soort: input.soort, bereikt: input.bereikt, door: actor.sub, op: input.op ? new Date(input.op) : now },
      now,
    );
    const opgeslagen = await this.contacten.voegToe(manager, randomUUID(), casus.id, poging, input.toelichting ?? null, now);
    await this.casussen.voegHistorieToe(manager, [
      {
        casusId: casus.id,
        actie: 'contactpoging',
        vanStatus: null,
        naarStatus: null,
        door: actor.sub,
        op: now,
        toelichting: `${poging.soort}, ${poging.bereikt ? 'bereikt' : 'niet bereikt'}`,
      },
    ]);
    return contactpogingView(opgeslagen);
  }
}
