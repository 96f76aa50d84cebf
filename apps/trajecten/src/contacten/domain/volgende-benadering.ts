import { ContactPoging, ContactSoort } from './contactpoging';

/**
 * The "eropaf" ladder (seed 000, Opsporing door Subrosa: an invitation; no answer → a home visit, with a card left
 * behind; still nothing → tracing by a partner; seed 003: the young people are approached actively). Written
 * contact (letter, e-mail) is the first rung, then the phone, the home visit, tracing.
 */
const TREDE: Readonly<Record<ContactSoort, number>> = { brief: 0, email: 0, telefoon: 1, huisbezoek: 2, opsporing: 3 };
const LADDER: readonly ContactSoort[] = ['brief', 'telefoon', 'huisbezoek', 'opsporing'];

/**
 * The next step of an outreach, given the attempts since it started (the case's opening or the latest
 * re-approach): `null` once someone reached the young person; else the first rung above the highest one tried; after
 * tracing failed, `onbereikbaar-melden`. A suggestion for the worker, not a rule that blocks.
 */
export function volgendeBenadering(pogingen: Iterable<ContactPoging>): ContactSoort | 'onbereikbaar-melden' | null {
  let hoogste = -1;
  for (const poging of pogingen) {
    if (poging.bereikt) return null;
    if (TREDE[poging.soort] > hoogste) hoogste = TREDE[poging.soort];
  }
  return hoogste + 1 < LADDER.length ? LADDER[hoogste + 1] : 'onbereikbaar-melden';
}
