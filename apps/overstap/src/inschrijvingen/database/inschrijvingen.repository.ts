import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { execute, Runner } from '@sluitend/persistence';
import { Inschrijving } from './inschrijving.entity';

/** The inschrijvingen capability's SQL: inschrijvingen row by row (an entity) and the bindend studieadviezen. */
@Injectable()
export class InschrijvingenRepository {
  async insert(manager: EntityManager, inschrijving: Inschrijving): Promise<void> {
    await manager.insert(Inschrijving, inschrijving);
  }

  /** An inschrijving of this mbo, locked for a change; null when it has none with this id. */
  lockEigen(manager: EntityManager, inschrijvingId: string, mboBrin: string): Promise<Inschrijving | null> {
    return manager.findOne(Inschrijving, { where: { id: inschrijvingId, mboBrin }, lock: { mode: 'pessimistic_write' } });
  }

  /** Ends an inschrijving: uitgeschreven (with DUO's reason code, and the woongemeente when the mbo gave it) or geswitcht. */
  async beeindig(
    manager: EntityManager,
    inschrijvingId: string,
    einde: { status: 'uitgeschreven' | 'geswitcht'; per: string; reden: number | null; woongemeente?: string },
  ): Promise<void> {
    await manager.update(
      Inschrijving,
      { id: inschrijvingId },
      {
        status: einde.status,
        uitgeschrevenPer: einde.per,
        uitschrijfreden: einde.reden,
        ...(einde.woongemeente ? { woongemeente: einde.woongemeente } : {}),
      },
    );
  }

  async registreerBsa(
    runner: Runner,
    bsa: { id: string; jongereId: string; schooljaar: string; inschrijvingId: string; negatief: boolean; gegevenOp: string },
  ): Promise<void> {
    await execute(runner, 'INSERT INTO bsa (id, jongere_id, schooljaar, inschrijving_id, negatief, gegeven_op) VALUES ($1, $2, $3, $4, $5, $6)', [
      bsa.id,
      bsa.jongereId,
      bsa.schooljaar,
      bsa.inschrijvingId,
      bsa.negatief,
      bsa.gegevenOp,
    ]);
  }
}
