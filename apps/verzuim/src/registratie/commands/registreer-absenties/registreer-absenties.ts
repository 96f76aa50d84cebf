import { Inject, Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { assertOrgType, Claims } from '@sluitend/auth';
import type { Absentie, AbsentiesResultaat } from '@sluitend/contracts';
import { Clock, CLOCK, DomainIssue } from '@sluitend/domain-nl';
import { InstellingenRepository } from '../../../instellingen/database/instellingen.repository';
import { LaadKalender } from '../../../kalenders/queries/kalender/laad-kalender';
import { Kalender } from '../../../kalenders/domain/kalender';
import { LeerlingenRepository, LeerlingRecord } from '../../../leerlingen/database/leerlingen.repository';
import { alsLeerling } from '../../../leerlingen/domain/leerling-record';
import { LegMeldingenVast } from '../../../meldingen/commands/leg-meldingen-vast/leg-meldingen-vast';
import { MeldingenRepository } from '../../../meldingen/database/meldingen.repository';
import { herbeoordeel } from '../../../meldingen/domain/herbeoordeling';
import { BerekendeMelding, meldingSleutel } from '../../../meldingen/domain/verzuimmelding';
import { metDomainErrors } from '../../../shared/als-domain-error';
import { Persoonsnummers } from '../../../shared/persoonsnummers';
import { SCHOLEN } from '../../../shared/scholen';
import { AbsentieRecord, AbsentiesRepository } from '../../../absenties/database/absenties.repository';
import { AbsentieDag, controleerAbsentieDag } from '../../../absenties/domain/absentie-dag';
import { ordenHistorie } from '../../../absenties/domain/absentie-historie';
import { AbsentieFout } from '../../domain/registratie.errors';

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
    private readonly meldingen: MeldingenRepository,
    private readonly laadKalender: LaadKalender,
    private readonly instellingen: InstellingenRepository,
    private readonly legMeldingenVast: LegMeldingenVast,
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
      const issues = controleer(records, leerlingen, kalender);
      if (issues.length > 0) throw AbsentieFout.ongeldig(issues);

      await this.absenties.leg(manager, records, this.clock.now());
      const vastgelegd = await this.beoordeel(
        manager,
        brin,
        jongereIds.map((id) => leerlingen.get(id) as LeerlingRecord),
        records,
        kalender,
        correlationId,
      );
      return { verwerkt: records.length, leerlingen: jongereIds.length, meldingen: vastgelegd };
    });
  }

  /**
   * Each student's history evaluated again from the earliest day that changed, against the meldingen that stand
   * (histories and standing meldingen read in one statement each, the changes filed at once).
   */
  private async beoordeel(
    manager: EntityManager,
    brin: string,
    leerlingen: readonly LeerlingRecord[],
    records: readonly AbsentieRecord[],
    kalender: Kalender,
    correlationId: string,
  ) {
    const ids = leerlingen.map((l) => l.jongereId);
    const vanaf = new Map<string, string>();
    for (const { jongereId, dag } of records) if (dag.datum < (vanaf.get(jongereId) ?? '9999-12-31')) vanaf.set(jongereId, dag.datum);
    const instellingen = await this.instellingen.vanSchool(manager, brin);
    const historieen = await this.absenties.historie(manager, brin, ids, kalender.eersteDag, kalender.laatsteDag);
    const staandePer = await this.meldingen.staande(manager, brin, ids);
    const perLeerling = leerlingen.map((leerling) => {
      const staande = staandePer.get(leerling.jongereId) ?? [];
      const verschil = metDomainErrors(() =>
        herbeoordeel(
          ordenHistorie(kalender, opLesdagen(kalender, historieen.get(leerling.jongereId) ?? [])),
          alsLeerling(leerling),
          staande.map((m) => m.berekend),
          vanaf.get(leerling.jongereId) as string,
          instellingen,
        ),
      );
      const perSleutel = new Map(staande.map((m) => [meldingSleutel(m.berekend), m]));
      const staandVan = (m: BerekendeMelding) => perSleutel.get(meldingSleutel(m));
      return {
        leerling,
        nieuw: verschil.nieuw,
        vervallen: verschil.vervallen.flatMap((m) => staandVan(m) ?? []),
        gewijzigd: verschil.gewijzigd.flatMap(({ eerder, nu }) => {
          const staand = staandVan(eerder);
          return staand ? [{ id: staand.id, nu }] : [];
        }),
      };
    });
    return this.legMeldingenVast.execute({ input: { handmatig: false, perLeerling }, correlationId }, manager);
  }
}

/** Every problem with the records, by index, field and rule: unknown student, outside enrolment, calendar, hours. */
function controleer(records: readonly AbsentieRecord[], leerlingen: ReadonlyMap<string, LeerlingRecord>, kalender: Kalender): DomainIssue[] {
  const issues: DomainIssue[] = [];
  const gezien = new Map<string, number>();
  records.forEach(({ jongereId, dag }, i) => {
    const veld = (naam: string) => `absenties[${i}].${naam}`;
    const leerling = leerlingen.get(jongereId);
    if (!leerling) {
      issues.push({
        field: veld('persoonsnummer'),
        rule: 'leerling.geregistreerd',
        message: 'de school heeft deze leerling niet geregistreerd',
        row: i,
      });
      return;
    }
    const sleutel = `${jongereId}|${dag.datum}`;
    const eerder = gezien.get(sleutel);
    if (eerder !== undefined)
      issues.push({ field: veld('datum'), rule: 'uniek', message: `dezelfde leerling en datum als absenties[${eerder}]`, row: i });
    gezien.set(sleutel, i);
    if (dag.datum < leerling.ingeschrevenPer || (leerling.uitgeschrevenPer !== null && dag.datum > leerling.uitgeschrevenPer)) {
      issues.push({ field: veld('datum'), rule: 'binnen-inschrijving', message: `${dag.datum} valt buiten de inschrijving van de leerling`, row: i });
    }
    for (const p of controleerAbsentieDag(dag as AbsentieDag, kalender))
      issues.push({ field: veld(p.veld), rule: p.regel, message: p.melding, row: i });
  });
  return issues;
}

/**
 * The stored records that fall on a lesdag of the calendar as it is now: a record on a day the school later made free
 * (a new calendar version) no longer counts, and must not block the student's next intake.
 */
function opLesdagen(kalender: Kalender, dagen: readonly AbsentieDag[]): AbsentieDag[] {
  return dagen.filter((dag) => {
    const d = kalender.zoekDag(dag.datum);
    return d >= 0 && kalender.isLesdag[d] === 1;
  });
}
