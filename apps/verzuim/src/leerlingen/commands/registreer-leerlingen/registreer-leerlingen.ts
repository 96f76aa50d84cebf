import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { assertOrgType, Claims } from '@sluitend/auth';
import type { LeerlingenResultaat, RegistreerLeerling } from '@sluitend/contracts';
import { Clock, CLOCK, DomainIssue, rmcRegioVanGemeente } from '@sluitend/domain-nl';
import { Persoonsnummers } from '../../../shared/persoonsnummers';
import { SCHOLEN } from '../../../shared/scholen';
import { LeerlingenRepository, LeerlingRecord } from '../../database/leerlingen.repository';
import { LeerlingFout } from '../../domain/leerlingen.errors';

export type RegistreerLeerlingenCommand = { input: { leerlingen: readonly RegistreerLeerling[] }; actor: Claims; correlationId: string };

/**
 * Use case: a school registers the students it enrols (again: an update). The persoonsnummer becomes the platform
 * pseudonym at once and is not kept; the woongemeente gives the RMC-regio. All or nothing.
 */
@Injectable()
export class RegistreerLeerlingen {
  constructor(
    private readonly dataSource: DataSource,
    private readonly leerlingen: LeerlingenRepository,
    private readonly persoonsnummers: Persoonsnummers,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ input, actor }: RegistreerLeerlingenCommand): Promise<LeerlingenResultaat> {
    assertOrgType(actor, SCHOLEN);
    const brin = actor.org.code;
    const gezien = new Map<string, number>();
    const dubbel: DomainIssue[] = [];
    const records: LeerlingRecord[] = input.leerlingen.map((l, i) => {
      const jongereId = this.persoonsnummers.jongereId(l.persoonsnummer);
      const eerder = gezien.get(jongereId);
      if (eerder !== undefined) {
        dubbel.push({ field: `leerlingen[${i}].persoonsnummer`, rule: 'uniek', message: `dezelfde leerling als leerlingen[${eerder}]`, row: i });
      }
      gezien.set(jongereId, i);
      return {
        brin,
        jongereId,
        geboortedatum: l.geboortedatum,
        woongemeente: l.woongemeente,
        rmcRegio: rmcRegioVanGemeente(l.woongemeente)?.code ?? null,
        onderwijstype: l.onderwijstype,
        ingeschrevenPer: l.ingeschrevenPer,
        uitgeschrevenPer: l.uitgeschrevenPer ?? null,
        startkwalificatieOp: l.startkwalificatieOp ?? null,
        vrijgesteldVanKwalificatieplicht: l.vrijgesteldVanKwalificatieplicht === true,
      };
    });
    if (dubbel.length > 0) throw LeerlingFout.dubbel(dubbel);
    const { nieuw } = await this.dataSource.transaction((manager) => this.leerlingen.registreer(manager, records, this.clock.now()));
    return { leerlingIds: records.map((r) => r.jongereId), nieuw, bijgewerkt: records.length - nieuw };
  }
}
