import { OntvangerRol, OrganisatieRef, ParsedEvent, SignaalType, STANDAARD_ROUTERING } from '@sluitend/contracts';

export type Ontvanger = { rol: OntvangerRol; organisatie: OrganisatieRef };

/** A region's own recipients per signal type, keyed `<rmcRegio>|<signaalType>`. */
export type RegioRegels = ReadonlyMap<string, readonly OntvangerRol[]>;

export const regioRegelSleutel = (rmcRegio: string, signaalType: string) => `${rmcRegio}|${signaalType}`;

/**
 * Which roles receive a signal: the rules of the student's woonregio when it set its own for this signal type, else
 * the defaults (DOMAIN.md). The woonregio decides — not where the school is.
 */
export function rollenVoor(type: SignaalType, rmcRegio: string | undefined, regioRegels: RegioRegels): readonly OntvangerRol[] {
  return (rmcRegio && regioRegels.get(regioRegelSleutel(rmcRegio, type))) || STANDAARD_ROUTERING[type];
}

type Routeerbaar = Pick<ParsedEvent, 'context'> & { payload: object };

const veld = (payload: object, naam: string): string | undefined => {
  const value = (payload as Record<string, unknown>)[naam];
  return typeof value === 'string' ? value : undefined;
};

/** The organisation that plays `rol` for this signal, or none when the signal does not name one. */
export function organisatieVoor(rol: OntvangerRol, event: Routeerbaar): OrganisatieRef | null {
  const { context, payload } = event;
  switch (rol) {
    case 'rmc-woonregio':
    case 'rmc-coordinator': {
      const regio = context.rmcRegio ?? veld(payload, 'rmcRegio');
      return regio ? { type: 'rmc-regio', code: regio } : null;
    }
    case 'vo-school': {
      const brin = context.brin ?? veld(payload, 'brin');
      return brin ? { type: 'vo-school', code: brin } : null;
    }
    case 'mbo-instelling': {
      const brin = veld(payload, 'mboBrin');
      return brin ? { type: 'mbo-instelling', code: brin } : null;
    }
    case 'leerplicht-woongemeente': {
      // Leerplicht and kwalificatieplicht end at 18: only students known to be under 18.
      const gemeente = context.woongemeente ?? veld(payload, 'woongemeente');
      return context.minderjarig === true && gemeente ? { type: 'gemeente', code: gemeente } : null;
    }
    case 'jeugdarts-woongemeente': {
      // The jeugdarts of the GGD that serves the woongemeente (ADR 0022: the GGD acts under the gemeente's code).
      const gemeente = context.woongemeente ?? veld(payload, 'woongemeente');
      return gemeente ? { type: 'ggd', code: gemeente } : null;
    }
  }
}

/** The recipients of a signal, each organisation once (the first role that names it wins). */
export function bepaalOntvangers(event: Routeerbaar & { type: SignaalType }, regioRegels: RegioRegels): Ontvanger[] {
  const ontvangers: Ontvanger[] = [];
  for (const rol of rollenVoor(event.type, event.context.rmcRegio, regioRegels)) {
    const organisatie = organisatieVoor(rol, event);
    if (organisatie && !ontvangers.some((o) => o.organisatie.type === organisatie.type && o.organisatie.code === organisatie.code)) {
      ontvangers.push({ rol, organisatie });
    }
  }
  return ontvangers;
}

/**
 * What makes two deliveries of a signal the same signal: its signaalId (overstap raises each once), for the early
 * warning its vestiging and peildatum, else the event id. One alert per signal and organisation.
 */
export function signaalSleutel(event: Pick<ParsedEvent, 'id' | 'type'> & { payload: object }): string {
  const signaalId = veld(event.payload, 'signaalId');
  if (signaalId) return signaalId;
  const vestiging = veld(event.payload, 'vestiging');
  const peildatum = veld(event.payload, 'peildatum');
  if (vestiging && peildatum) return `${event.type}:${vestiging}:${peildatum}`;
  return event.id;
}
