import { DomainIssue, IsoDate } from '@sluitend/domain-nl';
import { CasusStatus, isInRust } from '../../casussen/domain/casus-status';
import { STANDAARD_EINDLEEFTIJD, einddatumDoelgroep } from '../../casussen/domain/doelgroep';
import { amsterdamBeginVanDag } from '../../shared/amsterdam-tijd';
import { maandenLater } from '../../shared/maanden-later';
import { heraanpakInstellingenOngeldig } from './contacten.errors';

/**
 * Re-approach (DOMAIN.md "Trajecten": 18+ help is voluntary, a young person who declines is approached again later,
 * configurable, e.g. after 3 and 6 months; seed 000: "jongeren die even niks met ons te maken willen hebben niet laten
 * vallen, maar op een later tijdstip weer benaderen"). The same goes for a young person who could not be reached.
 */
export interface HeraanpakInstellingen {
  /** Months after the case came to rest, ascending; 1 to 6 moments, each 1 to 24 months. Default [3, 6]. */
  readonly heraanpakMaanden: readonly number[];
}

export const STANDAARD_HERAANPAK: HeraanpakInstellingen = Object.freeze({ heraanpakMaanden: Object.freeze([3, 6]) });

export function controleerHeraanpakInstellingen(instellingen: HeraanpakInstellingen): HeraanpakInstellingen {
  const maanden = instellingen.heraanpakMaanden;
  const meldingen: DomainIssue[] = [];
  if (maanden.length < 1 || maanden.length > 6) {
    meldingen.push({ field: 'heraanpakMaanden', rule: 'heraanpak.1-6-momenten', message: 'geef 1 tot en met 6 momenten' });
  }
  maanden.forEach((m, i) => {
    if (!Number.isInteger(m) || m < 1 || m > 24) {
      meldingen.push({ field: `heraanpakMaanden[${i}]`, rule: 'heraanpak.1-24-maanden', message: 'een moment ligt 1 tot en met 24 maanden later' });
    } else if (i > 0 && m <= maanden[i - 1]) {
      meldingen.push({ field: `heraanpakMaanden[${i}]`, rule: 'heraanpak.oplopend', message: 'de momenten lopen op' });
    }
  });
  if (meldingen.length > 0) throw heraanpakInstellingenOngeldig(meldingen);
  return instellingen;
}

/** One status change in a case's history, oldest first. */
export interface StatusOvergang {
  readonly naar: CasusStatus;
  readonly op: Date;
}

/**
 * Since when the case rests (declined or unreachable) without a break, or `undefined` when it does not rest now:
 * a rest starts when the case moves from an active status to `afgewezen` or `onbereikbaar`; moving between those two
 * continues it; contact again or closing ends it.
 */
export function rustSinds(historie: readonly StatusOvergang[]): Date | undefined {
  let sinds: Date | undefined;
  for (const overgang of historie) {
    if (!isInRust(overgang.naar)) sinds = undefined;
    else if (sinds === undefined) sinds = overgang.op;
  }
  return sinds;
}

export interface HeraanpakTimer {
  /** Unique per case: the rest it belongs to and its number. A planner inserts it once (ON CONFLICT DO NOTHING). */
  readonly sleutel: string;
  /** 1 for the first moment (3 months by default), 2 for the second … */
  readonly volgnummer: number;
  readonly rustSinds: Date;
  readonly dueAt: Date;
}

export interface HeraanpakOpties {
  readonly instellingen?: HeraanpakInstellingen;
  /** When known: no re-approach on or after the birthday of the eindleeftijd (the RMC follows until 23). */
  readonly geboortedatum?: IsoDate;
  readonly eindleeftijd?: number;
}

/**
 * The re-approach timers that should exist for a case, from its status history: for the rest it is in now, one per
 * configured moment (calendar months on the Amsterdam wall clock after the rest began), none once the young person is
 * past the target age, and none at all when the case does not rest — contact was made again, or the case closed.
 * The same history always gives the same timers with the same keys, so a sweeper can plan idempotently: insert these,
 * drop the case's unfired timers that are not among them. Each fires once (the key); linear in the history.
 */
export function heraanpakTimers(historie: readonly StatusOvergang[], opties: HeraanpakOpties = {}): HeraanpakTimer[] {
  const { instellingen = STANDAARD_HERAANPAK, geboortedatum, eindleeftijd = STANDAARD_EINDLEEFTIJD } = opties;
  const sinds = rustSinds(historie);
  if (sinds === undefined) return [];
  const maanden = controleerHeraanpakInstellingen(instellingen).heraanpakMaanden;
  const grens = geboortedatum === undefined ? Infinity : amsterdamBeginVanDag(einddatumDoelgroep(geboortedatum, eindleeftijd)).getTime();
  const timers: HeraanpakTimer[] = [];
  for (let i = 0; i < maanden.length; i++) {
    const dueAt = maandenLater(sinds, maanden[i]);
    if (dueAt.getTime() >= grens) break;
    timers.push({ sleutel: `${sinds.getTime()}-${i + 1}`, volgnummer: i + 1, rustSinds: sinds, dueAt });
  }
  return timers;
}

/**
 * Whether a due timer still fires when the sweeper claims it: only while the case is open and still in the same
 * rest. A timer of a rest that ended (contact again, closed) is void. Constant time: the case row keeps `rustSinds`.
 */
export function moetHeraanpakVuren(
  timer: Pick<HeraanpakTimer, 'rustSinds'>,
  casus: { readonly status: CasusStatus; readonly rustSinds?: Date },
): boolean {
  return isInRust(casus.status) && casus.rustSinds !== undefined && casus.rustSinds.getTime() === timer.rustSinds.getTime();
}
