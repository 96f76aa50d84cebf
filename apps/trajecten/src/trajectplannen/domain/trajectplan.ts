import { ACTIE_STATUSSEN, DOEL_STATUSSEN, ONDERSTEUNING_KADERS } from '@sluitend/contracts';
import { IsoDate } from '@sluitend/domain-nl';
import { Route } from '../../overdrachten/domain/route';
import { Leefdomein } from '../../screening/domain/leefdomeinen';
import { OrganisatieRef } from '../../shared/organisatie';

/**
 * The trajectplan (DOMAIN.md "Trajecten"; seed 002 §5E: made from the screening's outcome, one integral plan with the
 * route, the actions and the extra support; seed 003: agreements on regie, monitoring and feedback written in the plan).
 */
export type PlanStatus = 'concept' | 'actief' | 'afgerond' | 'gestopt';

export { DOEL_STATUSSEN, ACTIE_STATUSSEN, ONDERSTEUNING_KADERS };
export type DoelStatus = (typeof DOEL_STATUSSEN)[number];

export type ActieStatus = (typeof ACTIE_STATUSSEN)[number];

/** The legal frames of extra support named in seed 002 §5E. */
export type OndersteuningKader = (typeof ONDERSTEUNING_KADERS)[number];

/** Who owns an action: the young person (seed 002: "eigen verantwoordelijkheid"), or an organisation and maybe a person in it. */
export type Eigenaar =
  { readonly soort: 'jongere' } | { readonly soort: 'organisatie'; readonly organisatie: OrganisatieRef; readonly gebruiker?: string };

export interface Doel {
  readonly id: string;
  readonly omschrijving: string;
  readonly leefdomein?: Leefdomein;
  readonly status: DoelStatus;
}

export interface Actie {
  readonly id: string;
  readonly omschrijving: string;
  readonly doelId?: string;
  readonly eigenaar: Eigenaar;
  readonly deadline: IsoDate;
  readonly status: ActieStatus;
}

export interface Ondersteuning {
  readonly id: string;
  readonly omschrijving: string;
  readonly kader: OndersteuningKader;
  readonly aanbieder?: string;
  readonly vanaf?: IsoDate;
  readonly tot?: IsoDate;
}

/** What a user edits. */
export interface PlanInhoud {
  readonly route?: Route;
  readonly doelen: readonly Doel[];
  readonly acties: readonly Actie[];
  readonly ondersteuning: readonly Ondersteuning[];
}

/** One line of the plan's history: who made which version, when, and what changed. */
export interface PlanHistorieRegel {
  readonly versie: number;
  readonly op: Date;
  readonly door: string;
  readonly wijzigingen: readonly string[];
}

export interface Trajectplan extends PlanInhoud {
  readonly casusId: string;
  /** Goes up by one with every change; the ETag. */
  readonly versie: number;
  readonly status: PlanStatus;
  readonly historie: readonly PlanHistorieRegel[];
}
