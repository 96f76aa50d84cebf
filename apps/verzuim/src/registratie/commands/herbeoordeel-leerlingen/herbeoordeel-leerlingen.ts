import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AbsentiesRepository } from '../../../absenties/database/absenties.repository';
import { LaadKalender } from '../../../kalenders/queries/kalender/laad-kalender';
import { LeerlingenRepository, LeerlingRecord } from '../../../leerlingen/database/leerlingen.repository';
import { metDomainErrors } from '../../../shared/als-domain-error';
import { Herbeoordeling, HerbeoordelingResultaat } from '../../../shared/herbeoordeling';
import { BeoordeelAbsenties } from '../beoordeel-absenties/beoordeel-absenties';

/**
 * Use case (no adapter; the `HERBEOORDELING` port of kalenders and verlof): stored absence evaluated again in the
 * caller's transaction after a change that alters how it counts — a new calendar version (every student with absence
 * from the first changed day), granted verlof (one student from its first day). The students are locked as the intake
 * locks them; the calendar is the one the transaction sees (the new version); then the intake's own step
 * (`BeoordeelAbsenties`) files, withdraws or changes meldingen and M@ZL signals exactly as a correction does.
 */
@Injectable()
export class HerbeoordeelLeerlingen implements Herbeoordeling {
  constructor(
    private readonly absenties: AbsentiesRepository,
    private readonly leerlingenRepository: LeerlingenRepository,
    private readonly laadKalender: LaadKalender,
    private readonly beoordeelAbsenties: BeoordeelAbsenties,
  ) {}

  async school(manager: EntityManager, brin: string, vanaf: string, correlationId: string): Promise<HerbeoordelingResultaat> {
    const ids = await this.absenties.leerlingenMetAbsentieVanaf(manager, brin, vanaf);
    return this.leerlingen(manager, brin, new Map(ids.map((id) => [id, vanaf])), correlationId);
  }

  async leerlingen(
    manager: EntityManager,
    brin: string,
    vanaf: ReadonlyMap<string, string>,
    correlationId: string,
  ): Promise<HerbeoordelingResultaat> {
    const leeg = { leerlingen: 0, nieuw: [], vervallen: [], gewijzigd: [] };
    if (vanaf.size === 0) return leeg;
    const gelockt = await this.leerlingenRepository.lockVanSchool(manager, brin, [...vanaf.keys()]);
    const kalender = await metDomainErrors(() => this.laadKalender.execute({ input: { brin } }, manager));
    if (!kalender || gelockt.size === 0) return leeg;
    const leerlingen: LeerlingRecord[] = [...gelockt.values()];
    const vastgelegd = await this.beoordeelAbsenties.execute({ input: { brin, leerlingen, vanaf, kalender }, correlationId }, manager);
    return { leerlingen: leerlingen.length, ...vastgelegd };
  }
}
