import { Inject, Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Claims } from '@sluitend/auth';
import type { DossierOverdracht } from '@sluitend/contracts';
import { Clock, CLOCK } from '@sluitend/domain-nl';
import { DossiersRepository } from '../../database/dossiers.repository';
import { DossierFout } from '../../domain/dossiers.errors';
import { magBeslissen, overdrachtVoor, positieBijOverdracht } from '../../domain/overdracht';
import { DienDossierIn } from '../dien-dossier-in/dien-dossier-in';

export type BeslisOverdrachtCommand = {
  input: { overdrachtId: string; besluit: 'vrijgeven' | 'weigeren'; reden?: string; forceer?: boolean };
  actor: Claims;
  correlationId: string;
};

/**
 * Use case: the school that holds a student's dossier, or the RMC of the student's region, releases or refuses a
 * transfer request (ADR 0020); ops overrides with a reason (`forceer`). A release moves the dossier to the requesting
 * vestiging with the content it submitted — a new version, published like any other. The decision (who, which
 * organisation, when, why) stays on the request: its audit. A caller outside the request's reach finds nothing (404).
 */
@Injectable()
export class BeslisOverdracht {
  private readonly logger = new Logger(BeslisOverdracht.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly dossiers: DossiersRepository,
    private readonly dienDossierIn: DienDossierIn,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ input, actor, correlationId }: BeslisOverdrachtCommand): Promise<DossierOverdracht> {
    const forceer = input.forceer ?? false;
    return this.dataSource.transaction(async (manager) => {
      const overdracht = await this.dossiers.lockOverdracht(manager, input.overdrachtId);
      const positie = overdracht ? positieBijOverdracht(actor, overdracht) : 'geen';
      if (!overdracht || !magBeslissen(positie, forceer)) {
        // The requester itself may see its request, but not decide it: as for a stranger, nothing is found.
        throw DossierFout.overdrachtNietGevonden();
      }
      if (overdracht.status !== 'aangevraagd') throw DossierFout.overdrachtAlBesloten(overdracht.status);
      const status = input.besluit === 'weigeren' ? 'geweigerd' : forceer ? 'geforceerd' : 'vrijgegeven';
      const op = this.clock.now();
      const reden = input.reden ?? null;
      await this.dossiers.besluitOverdracht(manager, {
        id: overdracht.id,
        status,
        door: actor.sub,
        organisatie: `${actor.org.type}:${actor.org.code}`,
        op,
        reden,
      });
      if (status !== 'geweigerd') await this.dienDossierIn.neemOver(manager, overdracht, correlationId);
      if (forceer) {
        this.logger.warn(
          `ops override of overdracht ${overdracht.id} (dossier ${overdracht.dossier.id}): ${status} by ${actor.sub}, correlationId ${correlationId}`,
        );
      }
      const na = await this.dossiers.lockOverdracht(manager, overdracht.id);
      return overdrachtVoor(positie, na ?? { ...overdracht, status, beslotenOp: op, reden });
    });
  }
}
