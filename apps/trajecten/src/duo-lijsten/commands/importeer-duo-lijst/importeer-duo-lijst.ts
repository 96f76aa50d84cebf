import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { assertActsFor } from '@sluitend/auth';
import type { DuoLijstRapport } from '@sluitend/contracts';
import { Clock, CLOCK, DomainError, DomainNlError, parseCsv } from '@sluitend/domain-nl';
import { NewEvent, OutboxWriter } from '@sluitend/messaging';
import { CasussenRepository, HistorieRegel, persoonInRegio } from '../../../casussen/database/casussen.repository';
import { Command } from '../../../shared/command';
import { Persoonsnummers } from '../../../shared/persoonsnummers';
import { DuoLijstenRepository, DuoLijstRij } from '../../database/duo-lijsten.repository';
import { GelezenLijst, leesA01Lijst, leesOudVsvLijst } from '../../domain/duo-lijst';
import { DuoLijstSoort } from '../../domain/duo-lijst-layout';
import { lijstRapport } from '../../domain/lijst-rapport';
import { koppelRijen, RijKoppeling, TeKoppelenRij } from '../../domain/rij-koppeling';

export type ImporteerDuoLijstCommand = Command<{ soort: DuoLijstSoort; tekst: string; datum: string }>;

/**
 * Use case: RMC staff import a DUO list for their region — A01 (uitschrijvingen zonder startkwalificatie, 13–23, with
 * its rapportagedatum) or the oud-VSV list (out of school at least a school year on its peildatum). Each
 * row stands alone: invalid rows are reported by line, column and rule (never the value); each valid row is matched
 * to the person (the pseudonym of its BSN/onderwijsnummer; the number is not stored) and to the open case in the
 * region, or opens one (aanleiding duo-lijst) — one open case per person per region, as for signals. A refused file
 * (columns, empty, too large, not CSV) stores nothing. The list, its rows' outcome and the cases commit together.
 */
@Injectable()
export class ImporteerDuoLijst {
  constructor(
    private readonly dataSource: DataSource,
    private readonly casussen: CasussenRepository,
    private readonly lijsten: DuoLijstenRepository,
    private readonly persoonsnummers: Persoonsnummers,
    private readonly outbox: OutboxWriter,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ input, actor, correlationId }: ImporteerDuoLijstCommand): Promise<DuoLijstRapport> {
    assertActsFor(actor, 'rmc-regio', actor.org.code, ['trajectbegeleider', 'rmc-coordinator']);
    const rmcRegio = actor.org.code;
    const [kop = [], ...rest] = leesCsv(input.tekst);
    const rijen = rest.map((cellen, i) => ({ regel: i + 2, cellen }));
    const gelezen: GelezenLijst<TeKoppelenRij> =
      input.soort === 'a01'
        ? leesA01Lijst(kop, rijen, { rmcRegio, rapportagedatum: input.datum })
        : leesOudVsvLijst(kop, rijen, { rmcRegio, peildatum: input.datum });
    const pseudoniemen = new Map(gelezen.rijen.map((rij) => [rij.persoonsnummer.nummer, this.persoonsnummers.jongereId(rij.persoonsnummer.nummer)]));
    return this.dataSource.transaction(async (manager) => {
      const now = this.clock.now();
      const open = await this.casussen.openCasussen(
        manager,
        [...pseudoniemen.values()].map((jongereId) => ({ rmcRegio, jongereId })),
      );
      const koppelingen = koppelRijen(gelezen.rijen, {
        pseudoniem: (nummer) => pseudoniemen.get(nummer) as string,
        openCasus: (jongereId) => open.get(persoonInRegio(rmcRegio, jongereId)),
        peildatum: input.datum,
      });
      const lijstId = randomUUID();
      const gekoppeld = await this.pasToe(manager, koppelingen, {
        rmcRegio,
        lijstId,
        lijst: input.soort === 'a01' ? 'A01' : 'oud-VSV',
        door: actor.sub,
        correlationId,
        now,
      });
      const rapport = lijstRapport(gelezen.meldingen, gekoppeld);
      const rijen: DuoLijstRij[] = gekoppeld.map((k) => ({
        regel: k.regel,
        jongereId: k.jongereId,
        status: k.besluit === 'openen' ? 'nieuwe-casus' : k.besluit === 'koppelen' ? 'bij-open-casus' : 'buiten-doelgroep',
        casusId: k.casusId ?? null,
      }));
      await this.lijsten.registreer(
        manager,
        {
          id: lijstId,
          rmcRegio,
          soort: input.soort,
          rapportagedatum: input.datum,
          aantalRijen: gelezen.aantal,
          telling: rapport.telling,
          door: actor.sub,
          op: now,
        },
        rijen,
      );
      return {
        lijstId,
        soort: input.soort,
        rmcRegio,
        aantalRijen: gelezen.aantal,
        telling: { ...rapport.telling },
        regels: rapport.regels.map((regel) => ({
          regel: regel.regel,
          status: regel.status,
          casusId: regel.casusId ?? null,
          meldingen: regel.meldingen.map((m) => ({ kolom: m.field, rule: m.rule, message: m.message })),
        })),
      };
    });
  }

  /** Opens the cases the rows open (a case another opener made first is attached to) and records a history line on each case. */
  private async pasToe(
    manager: EntityManager,
    koppelingen: readonly RijKoppeling[],
    {
      rmcRegio,
      lijstId,
      lijst,
      door,
      correlationId,
      now,
    }: { rmcRegio: string; lijstId: string; lijst: string; door: string; correlationId: string; now: Date },
  ): Promise<RijKoppeling[]> {
    const resultaat: RijKoppeling[] = [];
    const historie: HistorieRegel[] = [];
    const events: Array<NewEvent<'trajecten.casus.geopend'>> = [];
    for (const k of koppelingen) {
      if (k.besluit === 'buiten-doelgroep') {
        resultaat.push(k);
        continue;
      }
      let casusId = k.casusId;
      let besluit = k.besluit;
      if (besluit === 'openen') {
        const id = randomUUID();
        if (await this.casussen.open(manager, { id, rmcRegio, jongereId: k.jongereId, aanleiding: 'duo-lijst', op: now })) {
          casusId = id;
          historie.push({
            casusId: id,
            actie: 'geopend',
            vanStatus: null,
            naarStatus: 'aangemeld',
            door,
            op: now,
            toelichting: `DUO ${lijst} regel ${k.regel}`,
          });
          events.push({
            type: 'trajecten.casus.geopend',
            jongereId: k.jongereId,
            aggregateId: id,
            context: { rmcRegio },
            correlationId,
            causationId: lijstId,
            payload: { casusId: id, rmcRegio, aanleiding: 'duo-lijst', signaalEventId: null, signaalSoort: null, geopendOp: now.toISOString() },
          });
        } else {
          besluit = 'koppelen';
          casusId = (await this.casussen.openVan(manager, rmcRegio, k.jongereId))?.id;
        }
      }
      if (besluit === 'koppelen' && casusId) {
        historie.push({
          casusId,
          actie: 'duo-lijst',
          vanStatus: null,
          naarStatus: null,
          door,
          op: now,
          toelichting: `DUO ${lijst} regel ${k.regel}`,
        });
      }
      resultaat.push({ ...k, besluit, casusId });
    }
    await this.casussen.voegHistorieToe(manager, historie);
    await this.outbox.append(manager, events);
    return resultaat;
  }
}

/** The file as CSV records; a file that is no CSV is refused as a whole (400, naming the line). */
function leesCsv(tekst: string): string[][] {
  try {
    return parseCsv(tekst);
  } catch (error) {
    if (error instanceof DomainNlError) {
      throw DomainError.ongeldig('duo-lijst.csv', 'Het bestand is geen geldige CSV', [
        { field: '(bestand)', rule: 'csv.ongeldig', message: error.message },
      ]);
    }
    throw error;
  }
}
