import type { ParsedEvent } from '@sluitend/contracts';

/** overstap's signal and deadline events that the signal counts project (one row per signal). */
export const OVERSTAP_SIGNAALTYPEN = [
  'overstap.signaal.vroege-waarschuwing',
  'overstap.deadline.aanmelding-gemist',
  'overstap.signaal.geen-levende-aanmelding',
  'overstap.deadline.niet-ingeschreven-teldatum',
  'overstap.signaal.uitschrijving-zonder-startkwalificatie',
  'overstap.deadline.geen-herinschrijving',
  'overstap.signaal.negatief-bsa',
] as const;

export type OverstapSignaaltype = (typeof OVERSTAP_SIGNAALTYPEN)[number];

/** Every overstap event type the tabellenboek's projections read. */
export type OverstapGebeurtenistype =
  | 'overstap.dossier.ingediend'
  | 'overstap.aanmelding.geregistreerd'
  | 'overstap.aanmelding.status-gewijzigd'
  | 'overstap.inschrijving.geregistreerd'
  | 'overstap.inschrijving.beeindigd'
  | OverstapSignaaltype;

/** One of those events, discriminated by its type. */
export type OverstapGebeurtenis = { [T in OverstapGebeurtenistype]: ParsedEvent<T> }[OverstapGebeurtenistype];
type SignaalGebeurtenis = { [T in OverstapSignaaltype]: ParsedEvent<T> }[OverstapSignaaltype];

export interface Dossierversie {
  readonly dossierId: string;
  readonly versie: number;
  readonly jongereId: string;
  readonly schooljaar: string;
  readonly brin: string;
  readonly vestiging: string;
  readonly woongemeente: string;
  readonly rmcRegio: string | null;
  readonly onderwijstype: string;
  readonly bestemming: string;
  readonly ingediendOp: string;
}

export interface Aanmelding {
  readonly aanmeldingId: string;
  readonly jongereId: string;
  readonly schooljaar: string;
  readonly mboBrin: string;
  readonly locatie: string;
  readonly crebo: string;
  readonly niveau: number;
  readonly opTijd: boolean;
  readonly aangemeldOp: string;
  readonly status: string;
}

export interface Statuswijziging {
  readonly aanmeldingId: string;
  readonly status: string;
  readonly op: string;
}

export interface Inschrijving {
  readonly inschrijvingId: string;
  readonly jongereId: string;
  readonly schooljaar: string;
  readonly mboBrin: string;
  readonly locatie: string;
  readonly crebo: string;
  readonly niveau: number;
  readonly ingeschrevenPer: string;
  readonly switchVan: string | null;
}

export interface Beeindiging {
  readonly inschrijvingId: string;
  readonly soort: 'uitschrijving' | 'switch';
  readonly per: string;
  readonly reden: number | null;
}

/**
 * One raised signal. `sleutel` identifies it: the signaalId, and for a vroege waarschuwing (one event per vestiging
 * and date, listing dossier ids) the dossier id, so a student warned on several dates counts once.
 */
export interface Signaal {
  readonly signaalType: OverstapSignaaltype;
  readonly sleutel: string;
  readonly jongereId: string | null;
  readonly schooljaar: string;
  readonly brin: string | null;
  readonly vestiging: string | null;
  readonly woongemeente: string | null;
  readonly rmcRegio: string | null;
  readonly gesignaleerdOp: string;
}

/** What one chunk of overstap events writes into the projections, each kind in log order. */
export interface Projectiewerk {
  readonly dossierversies: Dossierversie[];
  readonly aanmeldingen: Aanmelding[];
  readonly statuswijzigingen: Statuswijziging[];
  readonly inschrijvingen: Inschrijving[];
  readonly beeindigingen: Beeindiging[];
  readonly signalen: Signaal[];
  /** Events about a person that carry no jongere id (the envelope's key): counted, not guessed. */
  readonly zonderJongere: number;
}

/**
 * Splits a chunk of overstap events into the rows they project. Pure: the same events always give the same rows, so a
 * replay from the event log (the rebuild) produces the live projection again. Repeats of one fact (the same version,
 * aanmelding, inschrijving or signal) yield the same row, which the repository stores once.
 */
export function projectiewerk(events: readonly OverstapGebeurtenis[]): Projectiewerk {
  const werk = {
    dossierversies: [] as Dossierversie[],
    aanmeldingen: [] as Aanmelding[],
    statuswijzigingen: [] as Statuswijziging[],
    inschrijvingen: [] as Inschrijving[],
    beeindigingen: [] as Beeindiging[],
    signalen: [] as Signaal[],
    zonderJongere: 0,
  };
  for (const event of events) {
    const jongereId = event.jongereId;
    switch (event.type) {
      case 'overstap.dossier.ingediend': {
        const p = event.payload;
        if (jongereId === null) werk.zonderJongere++;
        else
          werk.dossierversies.push({
            dossierId: p.dossierId,
            versie: p.versie,
            jongereId,
            schooljaar: p.schooljaar,
            brin: p.brin,
            vestiging: p.vestiging,
            woongemeente: p.woongemeente,
            rmcRegio: p.rmcRegio,
            onderwijstype: p.onderwijstype,
            bestemming: p.bestemming,
            ingediendOp: p.ingediendOp,
          });
        break;
      }
      case 'overstap.aanmelding.geregistreerd': {
        const p = event.payload;
        if (jongereId === null) werk.zonderJongere++;
        else
          werk.aanmeldingen.push({
            aanmeldingId: p.aanmeldingId,
            jongereId,
            schooljaar: p.schooljaar,
            mboBrin: p.mboBrin,
            locatie: p.locatie,
            crebo: p.crebo,
            niveau: p.niveau,
            opTijd: p.opTijd,
            aangemeldOp: p.aangemeldOp,
            status: p.status,
          });
        break;
      }
      case 'overstap.aanmelding.status-gewijzigd':
        werk.statuswijzigingen.push({ aanmeldingId: event.payload.aanmeldingId, status: event.payload.naar, op: event.payload.gewijzigdOp });
        break;
      case 'overstap.inschrijving.geregistreerd': {
        const p = event.payload;
        if (jongereId === null) werk.zonderJongere++;
        else
          werk.inschrijvingen.push({
            inschrijvingId: p.inschrijvingId,
            jongereId,
            schooljaar: p.schooljaar,
            mboBrin: p.mboBrin,
            locatie: p.locatie,
            crebo: p.crebo,
            niveau: p.niveau,
            ingeschrevenPer: p.ingeschrevenPer,
            switchVan: p.switchVan,
          });
        break;
      }
      case 'overstap.inschrijving.beeindigd':
        werk.beeindigingen.push({
          inschrijvingId: event.payload.inschrijvingId,
          soort: event.payload.soort,
          per: event.payload.per,
          reden: event.payload.reden,
        });
        break;
      case 'overstap.signaal.vroege-waarschuwing':
        for (const dossierId of event.payload.dossierIds) {
          werk.signalen.push(signaal(event, dossierId, { brin: event.payload.brin, vestiging: event.payload.vestiging }));
        }
        break;
      case 'overstap.deadline.aanmelding-gemist':
        werk.signalen.push(
          signaal(event, event.payload.signaalId, {
            brin: event.payload.brin,
            vestiging: event.payload.vestiging,
            woongemeente: event.payload.woongemeente,
            rmcRegio: event.payload.rmcRegio,
          }),
        );
        break;
      case 'overstap.signaal.geen-levende-aanmelding':
      case 'overstap.deadline.niet-ingeschreven-teldatum':
      case 'overstap.signaal.uitschrijving-zonder-startkwalificatie':
      case 'overstap.deadline.geen-herinschrijving':
      case 'overstap.signaal.negatief-bsa':
        werk.signalen.push(signaal(event, event.payload.signaalId, {}));
        break;
    }
  }
  return werk;
}

type Plaats = { brin?: string; vestiging?: string; woongemeente?: string; rmcRegio?: string | null };

/** The school and region of a signal: its payload where it names them, else the routing context of its envelope. */
function signaal(event: SignaalGebeurtenis, sleutel: string, plaats: Plaats): Signaal {
  const context = event.context;
  return {
    signaalType: event.type,
    sleutel,
    jongereId: event.jongereId,
    schooljaar: event.payload.schooljaar,
    brin: plaats.brin ?? context.brin ?? null,
    vestiging: plaats.vestiging ?? context.vestiging ?? null,
    woongemeente: plaats.woongemeente ?? context.woongemeente ?? null,
    rmcRegio: plaats.rmcRegio ?? context.rmcRegio ?? null,
    gesignaleerdOp: event.occurredAt,
  };
}
