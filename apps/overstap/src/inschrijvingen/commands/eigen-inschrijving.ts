import { NotFoundException } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Claims } from '@sluitend/auth';
import { Inschrijving } from '../inschrijving.entity';

/** The caller's own inschrijving, locked for the change; another institution's does not exist for it (404). */
export async function eigenInschrijving(manager: EntityManager, id: string, user: Claims): Promise<Inschrijving> {
  const inschrijving = await manager.findOne(Inschrijving, { where: { id, mboBrin: user.org.code }, lock: { mode: 'pessimistic_write' } });
  if (!inschrijving) throw new NotFoundException({ code: 'inschrijving.niet-gevonden', detail: `geen inschrijving ${id} bij ${user.org.code}` });
  return inschrijving;
}

export const nietMeerIngeschreven = (inschrijving: Inschrijving) => ({
  code: 'inschrijving.beeindigd',
  detail: `inschrijving ${inschrijving.id} is al ${inschrijving.status} per ${inschrijving.uitgeschrevenPer}`,
});
