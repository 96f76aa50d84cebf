import { randomBytes, randomUUID } from 'node:crypto';
import { EVENT_CATALOG, EventContext, EventPayload, EventType, ParsedEvent, parseEvent } from '@sluitend/contracts';
import type { InboxContext } from '@sluitend/messaging';

/**
 * Test support: a synthetic cohort of one VO school as overstap would publish it, group by group, and a delivery that
 * routes each run of one type to the adapter the live consumer routes it to, through the real inbox. Imports no
 * capability (the specs pass the adapters), so no folder cycle.
 */
export interface Leerlinggroep {
  aantal: number;
  brin?: string;
  vestiging?: string;
  rmcRegio?: string;
  woongemeente?: string;
  schooljaar?: string;
  /** Dossier versions: destination and the moment it was submitted. */
  versies: { bestemming: EventPayload<'overstap.dossier.ingediend'>['bestemming']; op: string }[];
  aanmelding?: { niveau: 1 | 2 | 3 | 4; op: string; opTijd: boolean };
  inschrijving?: { niveau: 1 | 2 | 3 | 4; per: string; beeindigdPer?: string; startkwalificatie?: boolean };
  /** The age fact overstap publishes since v2 (ADR 0023) on the dossier and inschrijving events; absent when not given. */
  laatsteTeldatumOnder23?: string;
  /** Signal types raised for each student of the group (signalId per student). */
  signalen?: ('aanmelding-gemist' | 'niet-ingeschreven-teldatum')[];
}

export const jongereId = (): string => randomBytes(32).toString('base64url');

export interface Leerling {
  jongereId: string;
  dossierId: string;
  events: ParsedEvent[];
}

function ev<T extends EventType>(type: T, payload: EventPayload<T>, jongere: string | null, context: EventContext, occurredAt: string) {
  const definition = EVENT_CATALOG[type];
  return parseEvent({
    id: randomUUID(),
    type,
    version: definition.version,
    occurredAt,
    producer: definition.producer,
    jongereId: jongere,
    correlationId: `test-${randomUUID()}`,
    context,
    payload,
  }) as ParsedEvent;
}

/** The events of every student of the groups, in the order overstap would publish them per student. */
export function cohortGebeurtenissen(groepen: readonly Leerlinggroep[]): Leerling[] {
  const leerlingen: Leerling[] = [];
  for (const groep of groepen) {
    const brin = groep.brin ?? '00AH';
    const vestiging = groep.vestiging ?? `${brin}00`;
    const schooljaar = groep.schooljaar ?? '2025-2026';
    const rmcRegio = groep.rmcRegio ?? 'MC03';
    const woongemeente = groep.woongemeente ?? 'GM0014';
    const context: EventContext = { schooljaar, brin, vestiging, rmcRegio, woongemeente };
    const leeftijd = groep.laatsteTeldatumOnder23 === undefined ? {} : { laatsteTeldatumOnder23: groep.laatsteTeldatumOnder23 };
    for (let n = 0; n < groep.aantal; n++) {
      const jongere = jongereId();
      const dossierId = randomUUID();
      const events: ParsedEvent[] = [];
      groep.versies.forEach((versie, i) =>
        events.push(
          ev(
            'overstap.dossier.ingediend',
            {
              dossierId,
              versie: i + 1,
              schooljaar,
              brin,
              vestiging,
              woongemeente,
              rmcRegio,
              onderwijstype: 'vmbo-kb',
              leerjaar: 4,
              bestemming: versie.bestemming,
              ondersteuningNodig: false,
              ingediendOp: versie.op,
              ...leeftijd,
            },
            jongere,
            context,
            versie.op,
          ),
        ),
      );
      if (groep.aanmelding) {
        const a = groep.aanmelding;
        const aanmeldingId = randomUUID();
        events.push(
          ev(
            'overstap.aanmelding.geregistreerd',
            {
              aanmeldingId,
              schooljaar,
              mboBrin: '25LX',
              locatie: '25LX00',
              crebo: '25180',
              niveau: a.niveau,
              status: 'aangemeld',
              aangemeldOp: a.op,
              opTijd: a.opTijd,
            },
            jongere,
            context,
            a.op,
          ),
        );
        events.push(
          ev(
            'overstap.aanmelding.status-gewijzigd',
            {
              aanmeldingId,
              schooljaar,
              mboBrin: '25LX',
              van: 'aangemeld',
              naar: 'toegelaten',
              gewijzigdOp: a.op.replace('T09', 'T15'),
              nogLevendeAanmeldingen: 1,
            },
            jongere,
            context,
            a.op,
          ),
        );
      }
      for (const soort of groep.signalen ?? []) {
        if (soort === 'aanmelding-gemist') {
          events.push(
            ev(
              'overstap.deadline.aanmelding-gemist',
              { signaalId: randomUUID(), schooljaar, dossierId, brin, vestiging, woongemeente, rmcRegio, deadline: '2026-04-01T21:59:59.999Z' },
              jongere,
              context,
              '2026-04-01T22:00:00.000Z',
            ),
          );
        } else {
          events.push(
            ev(
              'overstap.deadline.niet-ingeschreven-teldatum',
              { signaalId: randomUUID(), schooljaar, dossierId, teldatum: '2026-10-01' },
              jongere,
              context,
              '2026-10-01T22:00:00.000Z',
            ),
          );
        }
      }
      if (groep.inschrijving) {
        const i = groep.inschrijving;
        const inschrijvingId = randomUUID();
        const volgend = `${Number(schooljaar.slice(5))}-${Number(schooljaar.slice(5)) + 1}`;
        events.push(
          ev(
            'overstap.inschrijving.geregistreerd',
            {
              inschrijvingId,
              schooljaar: volgend,
              mboBrin: '25LX',
              locatie: '25LX00',
              crebo: '25180',
              niveau: i.niveau,
              ingeschrevenPer: i.per,
              switchVan: null,
              ...leeftijd,
            },
            jongere,
            context,
            `${i.per}T08:00:00.000Z`,
          ),
        );
        if (i.beeindigdPer) {
          events.push(
            ev(
              'overstap.inschrijving.beeindigd',
              {
                inschrijvingId,
                schooljaar: volgend,
                mboBrin: '25LX',
                soort: 'uitschrijving',
                per: i.beeindigdPer,
                reden: 3,
                ...(i.startkwalificatie === undefined ? {} : { startkwalificatie: i.startkwalificatie }),
                ...leeftijd,
              },
              jongere,
              context,
              `${i.beeindigdPer}T08:00:00.000Z`,
            ),
          );
        }
      }
      leerlingen.push({ jongereId: jongere, dossierId, events });
    }
  }
  return leerlingen;
}

type Adapter = { handle: (events: never[], inbox: InboxContext) => Promise<void> };

/**
 * The handler for libs/testing's deliverThroughInbox that does what the live transport does: each consecutive run of
 * one type to its adapter (dossier.ingediend to the dossiers capability's, the rest to the tabellenboek's).
 */
export function routeer(adapters: { dossiers: Adapter; overstap: Adapter }): (fresh: ParsedEvent[], inbox: InboxContext) => Promise<void> {
  return async (fresh, inbox) => {
    for (let start = 0; start < fresh.length;) {
      let end = start + 1;
      while (end < fresh.length && fresh[end].type === fresh[start].type) end++;
      const run = fresh.slice(start, end) as never[];
      await (fresh[start].type === 'overstap.dossier.ingediend' ? adapters.dossiers : adapters.overstap).handle(run, inbox);
      start = end;
    }
  };
}
