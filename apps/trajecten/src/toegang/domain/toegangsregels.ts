import type { OrganisatieType, Role } from '@sluitend/auth';

/** What one may do with a case: read it, change it, or — as the receiver of a proposed handover — look at the proposal. */
export type CasusHandeling = 'lezen' | 'wijzigen' | 'overdracht-beoordelen';

/**
 * Which cases a rule covers for the caller's organisation:
 * - `eigen-regio`: every case of the RMC region the caller works for;
 * - `houder`: the open cases the caller's organisation holds (an accepted handover not handed back);
 * - `voorgestelde-ontvanger`: the open cases proposed to the caller's organisation and waiting for its answer.
 */
export type Bereik = 'eigen-regio' | 'houder' | 'voorgestelde-ontvanger';

export interface ToegangsRegel {
  readonly organisatie: OrganisatieType;
  /** One of these roles is needed. */
  readonly rollen: readonly Role[];
  readonly bereik: Bereik;
  readonly handelingen: readonly CasusHandeling[];
}

/**
 * Who may read or change a case (issue 13 item 11; DOMAIN.md "Privacy": purpose limitation per role): the RMC staff
 * of the case's region; a partner only the cases handed to it, and only while it holds them. Ops and everyone else:
 * nothing. A table, so a change of policy is a change of data.
 */
export const CASUS_TOEGANGSREGELS: readonly ToegangsRegel[] = [
  { organisatie: 'rmc-regio', rollen: ['trajectbegeleider', 'rmc-coordinator'], bereik: 'eigen-regio', handelingen: ['lezen', 'wijzigen'] },
  { organisatie: 'partner', rollen: ['partner', 'trajectbegeleider'], bereik: 'houder', handelingen: ['lezen', 'wijzigen'] },
  { organisatie: 'partner', rollen: ['partner', 'trajectbegeleider'], bereik: 'voorgestelde-ontvanger', handelingen: ['overdracht-beoordelen'] },
];

/** Who may change a region's settings (its signal rule table, re-approach moments, caseload norms …). */
export const REGIO_BEHEER: { readonly organisatie: OrganisatieType; readonly rollen: readonly Role[] } = {
  organisatie: 'rmc-regio',
  rollen: ['rmc-coordinator'],
};
