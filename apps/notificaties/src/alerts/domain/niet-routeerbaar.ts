import type { Claims } from '@sluitend/auth';
import { EventContext, NietRouteerbaarReden, SignaalType } from '@sluitend/contracts';
import { DomainError, rmcRegioVanGemeente } from '@sluitend/domain-nl';
import { Ontvanger, organisatieVoor, RegioRegels, rollenVoor } from '../../routering/domain/ontvangers';

type Routeerbaar = { type: SignaalType; context: EventContext; payload: object };

/**
 * Whether a signal reaches its owner: not when the RMC of the woonregio should hear of it and the woonregio is not
 * known (the other recipients, a school or the mbo, still get theirs), nor when nobody at all would receive it.
 * Such a signal goes to the "niet te routeren" list instead of disappearing.
 */
export function redenNietRouteerbaar(event: Routeerbaar, ontvangers: readonly Ontvanger[], regioRegels: RegioRegels): NietRouteerbaarReden | null {
  const rollen = rollenVoor(event.type, event.context.rmcRegio, regioRegels);
  if (rollen.includes('rmc-woonregio') && !organisatieVoor('rmc-woonregio', event)) return 'woonregio-onbekend';
  if (ontvangers.length === 0) return 'geen-ontvanger';
  return null;
}

/** The context of a signal once its woongemeente is known: the gemeente and its RMC-regio; the rest stays. */
export function metWoongemeente(context: EventContext, woongemeente: string): EventContext & { rmcRegio: string } {
  const regio = rmcRegioVanGemeente(woongemeente);
  if (!regio) throw NietRouteerbaarFout.geenRegio(woongemeente);
  return { ...context, woongemeente, rmcRegio: regio.code };
}

/** Who sees the list: ops (without the student's pseudonym and the signal's content) and RMC coordinators. */
export function nietRouteerbaarInzage(actor: Claims): 'volledig' | 'zonder-inhoud' {
  if (actor.org.type === 'ops' && actor.roles.includes('ops')) return 'zonder-inhoud';
  if (actor.org.type === 'rmc-regio' && actor.roles.some((rol) => rol === 'rmc-coordinator' || rol === 'beheerder')) return 'volledig';
  throw DomainError.geenToegang('auth.role-missing', 'de lijst niet te routeren signalen is voor ops en RMC-coördinatoren');
}

/** Who may name a woongemeente: an RMC coordinator (or beheerder), or ops. */
export function magWoongemeenteToewijzen(actor: Claims): void {
  nietRouteerbaarInzage(actor);
}

export const NietRouteerbaarFout = {
  nietGevonden: (id: string): DomainError => DomainError.nietGevonden('niet-routeerbaar.niet-gevonden', `geen niet te routeren signaal ${id}`),
  alGerouteerd: (id: string, woongemeente: string | null): DomainError =>
    DomainError.conflict('niet-routeerbaar.al-gerouteerd', `signaal ${id} is al gerouteerd${woongemeente ? ` naar ${woongemeente}` : ''}`),
  geenRegio: (woongemeente: string): DomainError =>
    DomainError.ongeldig('validation.failed', `bij ${woongemeente} hoort geen RMC-regio`, [
      { field: 'woongemeente', rule: 'rmc-regio', message: `geen RMC-regio voor ${woongemeente}` },
    ]),
};
