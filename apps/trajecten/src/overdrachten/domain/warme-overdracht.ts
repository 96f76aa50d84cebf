import { DomainIssue } from '@sluitend/domain-nl';
import { OrganisatieRef, zelfdeOrganisatie } from '../../shared/organisatie';
import { nietBetrokken, overdrachtConflict, overdrachtOngeldig } from './overdrachten.errors';
import { Route } from './route';

/**
 * A warm handover of a case to another organisation (DOMAIN.md "Trajecten": the receiving side acknowledges; seed 003:
 * "Warme overdracht betekent elkaar spreken bij de overdracht (telefoon of face to face)", "Zorg altijd voor een warme
 * overdracht"). Proposed by the organisation that holds the case; accepted or refused by the receiver; withdrawn by
 * the proposer while open; an accepted handover ends when the case is handed back (seed 000: "In de meeste gevallen
 * wordt de jongere na deze periode weer overgedragen aan de RMC trajectbegeleider").
 */
export type OverdrachtStatus = 'voorgesteld' | 'geaccepteerd' | 'geweigerd' | 'ingetrokken' | 'teruggegeven';

export type OverdrachtActie = 'accepteren' | 'weigeren' | 'intrekken' | 'teruggeven';

/** The talk that makes a handover warm. */
export interface WarmGesprek {
  readonly vorm: 'telefonisch' | 'persoonlijk';
  readonly op: Date;
}

export interface Overdracht {
  readonly id: string;
  readonly casusId: string;
  readonly van: OrganisatieRef;
  readonly naar: OrganisatieRef;
  readonly route?: Route;
  readonly status: OverdrachtStatus;
  readonly voorgesteldOp: Date;
  readonly geaccepteerdOp?: Date;
  readonly gesprek?: WarmGesprek;
  /** When it was refused, withdrawn or handed back. */
  readonly beeindigdOp?: Date;
  /** Why it was refused (required) or handed back. */
  readonly reden?: string;
}

type Wie = 'verzender' | 'ontvanger';

const OVERGANGEN: Readonly<Record<OverdrachtStatus, ReadonlyArray<{ actie: OverdrachtActie; naar: OverdrachtStatus; door: readonly Wie[] }>>> = {
  voorgesteld: [
    { actie: 'accepteren', naar: 'geaccepteerd', door: ['ontvanger'] },
    { actie: 'weigeren', naar: 'geweigerd', door: ['ontvanger'] },
    { actie: 'intrekken', naar: 'ingetrokken', door: ['verzender'] },
  ],
  geaccepteerd: [{ actie: 'teruggeven', naar: 'teruggegeven', door: ['ontvanger', 'verzender'] }],
  geweigerd: [],
  ingetrokken: [],
  teruggegeven: [],
};

export const toegestaneOverdrachtActies = (status: OverdrachtStatus): readonly OverdrachtActie[] => OVERGANGEN[status].map((o) => o.actie);

/** What a case must show before it can be handed over. */
export interface OverdrachtContext {
  readonly casusOpen: boolean;
  /** Who holds the case now (houder.ts). */
  readonly houder: OrganisatieRef;
  /** The case's handovers so far. */
  readonly overdrachten: readonly Overdracht[];
}

/**
 * A new proposal: to another organisation (`overdracht.ongeldig`, field `naar`), of an open case
 * (`overdracht.casus-gesloten`), by the organisation that holds it (`overdracht.niet-houder`), and not while another
 * proposal for the case waits for an answer (`overdracht.loopt-al`).
 */
export function stelOverdrachtVoor(
  voorstel: {
    readonly id: string;
    readonly casusId: string;
    readonly van: OrganisatieRef;
    readonly naar: OrganisatieRef;
    readonly route?: Route;
    readonly op: Date;
  },
  context: OverdrachtContext,
): Overdracht {
  if (zelfdeOrganisatie(voorstel.van, voorstel.naar)) {
    throw overdrachtOngeldig([{ field: 'naar', rule: 'naar.andere-organisatie', message: 'een overdracht gaat naar een andere organisatie' }]);
  }
  if (!context.casusOpen) throw overdrachtConflict('overdracht.casus-gesloten', 'Een gesloten casus wordt niet overgedragen');
  if (!zelfdeOrganisatie(voorstel.van, context.houder)) {
    throw overdrachtConflict('overdracht.niet-houder', 'Alleen de organisatie die de casus nu heeft, draagt hem over');
  }
  const lopend = context.overdrachten.find((o) => o.status === 'voorgesteld');
  if (lopend) throw overdrachtConflict('overdracht.loopt-al', 'Er wacht al een overdracht van deze casus op antwoord', { overdrachtId: lopend.id });
  return {
    id: voorstel.id,
    casusId: voorstel.casusId,
    van: voorstel.van,
    naar: voorstel.naar,
    route: voorstel.route,
    status: 'voorgesteld',
    voorgesteldOp: voorstel.op,
  };
}

/**
 * The handover after `actie` by organisation `door` at `op`. Only a party may act (`overdracht.niet-betrokken`, 403);
 * the status must allow it (`overdracht.overgang-niet-toegestaan`, 409, with the allowed actions); accepting needs
 * the warm talk, not later than the acceptance, and refusing needs a reason (`overdracht.ongeldig`).
 */
export function pasOverdrachtToe(
  overdracht: Overdracht,
  actie: OverdrachtActie,
  door: OrganisatieRef,
  op: Date,
  extra: { readonly gesprek?: WarmGesprek; readonly reden?: string } = {},
): Overdracht {
  const wie: Wie[] = [];
  if (zelfdeOrganisatie(door, overdracht.van)) wie.push('verzender');
  if (zelfdeOrganisatie(door, overdracht.naar)) wie.push('ontvanger');
  if (wie.length === 0) throw nietBetrokken('Alleen de overdragende en de ontvangende organisatie handelen een overdracht af');
  const stappen = OVERGANGEN[overdracht.status];
  const stap = stappen.find((s) => s.actie === actie && s.door.some((d) => wie.includes(d)));
  if (!stap) {
    throw overdrachtConflict(
      'overdracht.overgang-niet-toegestaan',
      `Een overdracht met status ${overdracht.status} kan niet "${actie}" door deze organisatie`,
      {
        status: overdracht.status,
        toegestaan: toegestaneOverdrachtActies(overdracht.status),
      },
    );
  }
  const meldingen: DomainIssue[] = [];
  if (actie === 'accepteren') {
    const { gesprek } = extra;
    if (!gesprek)
      meldingen.push({
        field: 'gesprek',
        rule: 'gesprek.verplicht',
        message: 'een warme overdracht vraagt een gesprek (telefonisch of persoonlijk)',
      });
    else {
      if (gesprek.vorm !== 'telefonisch' && gesprek.vorm !== 'persoonlijk') {
        meldingen.push({ field: 'gesprek.vorm', rule: 'gesprek.vorm', message: 'het gesprek is telefonisch of persoonlijk' });
      }
      if (!(gesprek.op.getTime() <= op.getTime()))
        meldingen.push({ field: 'gesprek.op', rule: 'gesprek.voor-acceptatie', message: 'het gesprek vond plaats vóór de acceptatie' });
    }
  }
  if (actie === 'weigeren' && !extra.reden?.trim()) meldingen.push({ field: 'reden', rule: 'reden.verplicht', message: 'wie weigert, zegt waarom' });
  if (meldingen.length > 0) throw overdrachtOngeldig(meldingen);
  if (actie === 'accepteren') return { ...overdracht, status: stap.naar, geaccepteerdOp: op, gesprek: extra.gesprek };
  return { ...overdracht, status: stap.naar, beeindigdOp: op, reden: extra.reden?.trim() || overdracht.reden };
}
