import type { Claims } from '@sluitend/auth';
import { OrganisatieRef, zelfdeOrganisatie } from '../../shared/organisatie';
import { casusGeenToegang, casusNietGevonden, regioGeenToegang } from './toegang.errors';
import { Bereik, CASUS_TOEGANGSREGELS, CasusHandeling, REGIO_BEHEER, ToegangsRegel } from './toegangsregels';

/** The caller as its token says. */
export type Actor = Pick<Claims, 'org' | 'roles'>;

/** What access depends on, read from the case and its handovers (overdrachten/domain/houder.ts). */
export interface CasusToegangFeiten {
  readonly rmcRegio: string;
  readonly open: boolean;
  readonly houder: OrganisatieRef;
  readonly voorgesteldAan: readonly OrganisatieRef[];
}

function binnenBereik(bereik: Bereik, actor: Actor, feiten: CasusToegangFeiten): boolean {
  switch (bereik) {
    case 'eigen-regio':
      return actor.org.type === 'rmc-regio' && actor.org.code === feiten.rmcRegio;
    case 'houder':
      return feiten.open && zelfdeOrganisatie(actor.org, feiten.houder);
    case 'voorgestelde-ontvanger':
      return feiten.open && feiten.voorgesteldAan.some((o) => zelfdeOrganisatie(actor.org, o));
  }
}

const geldt = (regel: ToegangsRegel, actor: Actor, feiten: CasusToegangFeiten): boolean =>
  regel.organisatie === actor.org.type && regel.rollen.some((rol) => actor.roles.includes(rol)) && binnenBereik(regel.bereik, actor, feiten);

/** Whether the caller may do `handeling` with the case, by the table. Constant work (a few rules). */
export function magOpCasus(
  actor: Actor,
  feiten: CasusToegangFeiten,
  handeling: CasusHandeling,
  regels: readonly ToegangsRegel[] = CASUS_TOEGANGSREGELS,
): boolean {
  return regels.some((regel) => regel.handelingen.includes(handeling) && geldt(regel, actor, feiten));
}

/**
 * Throws unless the caller may: `casus.niet-gevonden` (404) when the caller may do nothing at all with the case — it
 * does not learn the case exists — and `casus.geen-toegang` (403) when it may see the case but not do this.
 */
export function eisCasusToegang(
  actor: Actor,
  feiten: CasusToegangFeiten,
  handeling: CasusHandeling,
  regels: readonly ToegangsRegel[] = CASUS_TOEGANGSREGELS,
): void {
  if (magOpCasus(actor, feiten, handeling, regels)) return;
  if (!regels.some((regel) => geldt(regel, actor, feiten))) throw casusNietGevonden();
  throw casusGeenToegang(handeling);
}

/** A region's settings are changed by its RMC coordinator only (`regio.geen-toegang`). */
export function eisRegioBeheer(actor: Actor, rmcRegio: string): void {
  const mag =
    actor.org.type === REGIO_BEHEER.organisatie && actor.org.code === rmcRegio && REGIO_BEHEER.rollen.some((rol) => actor.roles.includes(rol));
  if (!mag) throw regioGeenToegang(rmcRegio);
}
