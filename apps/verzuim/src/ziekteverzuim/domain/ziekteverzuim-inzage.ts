import { DomainError } from '@sluitend/domain-nl';

/** Which M@ZL signals an organisation may read: the jeugdarts those of its gemeente's residents, a school its own students'. */
export type ZiekteverzuimBereik = { soort: 'woongemeente'; woongemeente: string } | { soort: 'school'; brin: string };

/**
 * The reach of a caller over M@ZL signals (issue 14 §8): the GGD's jeugdarts acts for the gemeente it serves (ADR 0022)
 * and reads the signals of students living there — wherever they go to school; a school reads its own students'.
 * Anyone else is refused.
 */
export function ziekteverzuimBereik(org: { type: string; code: string }): ZiekteverzuimBereik {
  if (org.type === 'ggd') return { soort: 'woongemeente', woongemeente: org.code };
  if (org.type === 'vo-school' || org.type === 'mbo-instelling') return { soort: 'school', brin: org.code };
  throw DomainError.geenToegang('ziekteverzuim.organisatie', `zorgwekkend ziekteverzuim is niet voor ${org.type}`);
}

/** Whether a signal lies in a reach (a signal outside it is not found: its existence is not revealed). */
export function binnenBereik(bereik: ZiekteverzuimBereik, signaal: { woongemeente: string; brin: string }): boolean {
  return bereik.soort === 'woongemeente' ? signaal.woongemeente === bereik.woongemeente : signaal.brin === bereik.brin;
}
