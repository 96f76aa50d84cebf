import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { assertOrgType, Claims } from '@sluitend/auth';
import type { Absentie, AbsentiesResultaat } from '@sluitend/contracts';
import { Clock, CLOCK } from '@sluitend/domain-nl';
import { AbsentieRecord, AbsentiesRepository } from '../../../absenties/database/absenties.repository';
import { LaadKalender } from '../../../kalenders/queries/kalender/laad-kalender';
import { LeerlingenRepository, LeerlingRecord } from '../../../leerlingen/database/leerlingen.repository';
import { metDomainErrors } from '../../../shared/als-domain-error';
import { Persoonsnummers } from '../../../shared/persoonsnummers';
import { SCHOLEN } from '../../../shared/scholen';
import { AbsentieFout } from '../../domain/registratie.errors';
import { BeoordeelAbsenties } from '../beoordeel-absenties/beoordeel-absenties';
import { controleerAbsenties } from './controleer-absenties';

export type RegistreerAbsentiesCommand = { input: { absenties: readonly Absentie[] }; actor: Claims; correlationId: string };

/**
 * Use case: a school records absence per student per lesdag (again for a date: a correction; all zeros: withdrawn).
 * All records are checked first (student registered and enrolled that day, the school's calendar covers the date and
 * it is a lesdag, hours within the rules) — one bad record stores nothing. Then, in the same transaction, each
 * student's history is evaluated again from the earliest day that changed (the domain core's `herbeoordeel`): new
 * meldingen are filed with their signal, void ones withdrawn, changed ones updated.
 */
@Injectable()
export class RegistreerAbsenties {
  constructor(
    private readonly dataSource: DataSource,
    private readonly absenties: AbsentiesRepository,
    private readonly leerlingen: LeerlingenRepository,
    private readonly laadKalender: LaadKalender,
    private readonly beoordeelAbsenties: BeoordeelAbsenties,
    private readonly persoonsnummers: Persoonsnummers,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ input, actor, correlationId }: RegistreerAbsentiesCommand): Promise<AbsentiesResultaat> {
    assertOrgType(actor, SCHOLEN);
    const brin = actor.org.code;
    // One pseudonym per student, not per record: a school's export has a student's days together.
    const pseudoniemen = new Map<string, string>();
    const pseudoniem = (persoonsnummer: string): string => {
      let id = pseudoniemen.get(persoonsnummer);
      if (id === undefined) pseudoniemen.set(persoonsnummer, (id = this.persoonsnummers.jongereId(persoonsnummer)));
      return id;
    };
    const records: AbsentieRecord[] = input.absenties.map(({ persoonsnummer, ...dag }) => ({ brin, jongereId: pseudoniem(persoonsnummer), dag }));
    return this.dataSource.transaction(async (manager) => {
      const jongereIds = [...new Set(records.map((r) => r.jongereId))];
      const leerlingen = await this.leerlingen.lockVanSchool(manager, brin, jongereIds);
      const kalender = await metDomainErrors(() => this.laadKalender.execute({ input: { brin } }, manager));
      if (!kalender) throw AbsentieFout.geenKalender();
      const issues = controleerAbsenties(records, leerlingen, kalender);
      if (issues.length > 0) throw AbsentieFout.ongeldig(issues);

      await this.absenties.leg(manager, records, this.clock.now());
      const vanaf = new Map<string, string>();
      for (const { jongereId, dag } of records) if (dag.datum < (vanaf.get(jongereId) ?? '9999-12-31')) vanaf.set(jongereId, dag.datum);
      const vastgelegd = await this.beoordeelAbsenties.execute(
        { input: { brin, leerlingen: jongereIds.map((id) => leerlingen.get(id) as LeerlingRecord), vanaf, kalender }, correlationId },
        manager,
      );
      return { verwerkt: records.length, leerlingen: jongereIds.length, meldingen: vastgelegd };
    });
  }
}
