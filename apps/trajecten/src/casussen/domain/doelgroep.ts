import { DomainIssue, IsoDate, RMC_LEEFTIJDSGRENS, isMinstens, valtOnderRmc, verjaardag } from '@sluitend/domain-nl';
import { eindleeftijdOngeldig } from './casussen.errors';

/**
 * The RMC follows young people without startkwalificatie until their 23rd birthday (DOMAIN.md "Ages and duties";
 * libs/domain-nl plichten). A region may stretch its own approach to 27 (seed 003, JOW!: "Als eindpunt kan de leeftijd
 * van 27 jaar gehanteerd worden"); it never ends earlier than the law.
 */
export const STANDAARD_EINDLEEFTIJD = RMC_LEEFTIJDSGRENS;
export const HOOGSTE_EINDLEEFTIJD = 27;

export function controleerEindleeftijd(eindleeftijd: number): number {
  if (!Number.isInteger(eindleeftijd) || eindleeftijd < STANDAARD_EINDLEEFTIJD || eindleeftijd > HOOGSTE_EINDLEEFTIJD) {
    const issue: DomainIssue = {
      field: 'eindleeftijd',
      rule: 'eindleeftijd.23-27',
      message: `de eindleeftijd is ${STANDAARD_EINDLEEFTIJD} (wet) tot en met ${HOOGSTE_EINDLEEFTIJD}`,
    };
    throw eindleeftijdOngeldig([issue]);
  }
  return eindleeftijd;
}

/** What is known of the person; an event or list row may lack the date of birth. */
export interface DoelgroepGegevens {
  readonly geboortedatum?: IsoDate;
  readonly heeftStartkwalificatie?: boolean;
}

/**
 * In the target group on `peildatum`: younger than the eindleeftijd and no startkwalificatie. An unknown date of
 * birth does not exclude anyone (signals are raised for the RMC's group already). At 23 this is exactly
 * `valtOnderRmc` of libs/domain-nl.
 */
export function inDoelgroep(persoon: DoelgroepGegevens, peildatum: IsoDate, eindleeftijd: number = STANDAARD_EINDLEEFTIJD): boolean {
  const { geboortedatum, heeftStartkwalificatie = false } = persoon;
  if (geboortedatum === undefined) return !heeftStartkwalificatie;
  if (eindleeftijd === RMC_LEEFTIJDSGRENS) return valtOnderRmc(geboortedatum, peildatum, heeftStartkwalificatie);
  return !heeftStartkwalificatie && peildatum >= geboortedatum && !isMinstens(geboortedatum, peildatum, eindleeftijd);
}

/** The first day the person is no longer in the target group by age: the birthday of the eindleeftijd. */
export const einddatumDoelgroep = (geboortedatum: IsoDate, eindleeftijd: number = STANDAARD_EINDLEEFTIJD): IsoDate =>
  verjaardag(geboortedatum, eindleeftijd);
