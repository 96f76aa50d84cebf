import { CONTACT_SOORTEN } from '@sluitend/contracts';
import { DomainIssue } from '@sluitend/domain-nl';
import { contactpogingOngeldig } from './contacten.errors';

/**
 * The ways the RMC reaches out ("eropaf", seeds 000 and 003): a letter or e-mail, a phone call, a home visit, and
 * tracing by a partner when nobody answers (seed 000, "Opsporing door Subrosa").
 */
export { CONTACT_SOORTEN };

export type ContactSoort = (typeof CONTACT_SOORTEN)[number];

export interface ContactPoging {
  readonly soort: ContactSoort;
  readonly bereikt: boolean;
  /** The user (token `sub`) who made the attempt. */
  readonly door: string;
  readonly op: Date;
}

/** An attempt as it comes in (unchecked). */
export interface ContactPogingInvoer {
  readonly soort: string;
  readonly bereikt: boolean;
  readonly door: string;
  readonly op: Date;
}

const SOORTEN: ReadonlySet<string> = new Set(CONTACT_SOORTEN);

/**
 * A recorded attempt: a known kind, by someone, at a real moment that is not later than `nu` (an attempt is recorded
 * after it happened). `contactpoging.ongeldig` lists every problem.
 */
export function valideerContactPoging(invoer: ContactPogingInvoer, nu: Date): ContactPoging {
  const meldingen: DomainIssue[] = [];
  if (!SOORTEN.has(invoer.soort))
    meldingen.push({ field: 'soort', rule: 'soort.onbekend', message: `soort is een van: ${CONTACT_SOORTEN.join(', ')}` });
  if (typeof invoer.bereikt !== 'boolean') meldingen.push({ field: 'bereikt', rule: 'bereikt.ja-nee', message: 'bereikt is ja of nee' });
  if (!invoer.door?.trim()) meldingen.push({ field: 'door', rule: 'door.verplicht', message: 'wie de poging deed is verplicht' });
  const tijd = invoer.op?.getTime();
  if (tijd === undefined || Number.isNaN(tijd)) meldingen.push({ field: 'op', rule: 'op.tijdstip', message: 'op is een tijdstip' });
  else if (tijd > nu.getTime()) meldingen.push({ field: 'op', rule: 'op.toekomst', message: 'een contactpoging ligt niet in de toekomst' });
  if (meldingen.length > 0) throw contactpogingOngeldig(meldingen);
  return { soort: invoer.soort as ContactSoort, bereikt: invoer.bereikt, door: invoer.door.trim(), op: invoer.op };
}

/** The moment of first contact: the earliest attempt that reached the young person (for timeliness). */
export function eersteContact(pogingen: Iterable<ContactPoging>): Date | undefined {
  let eerste: Date | undefined;
  for (const poging of pogingen) if (poging.bereikt && (eerste === undefined || poging.op < eerste)) eerste = poging.op;
  return eerste;
}
