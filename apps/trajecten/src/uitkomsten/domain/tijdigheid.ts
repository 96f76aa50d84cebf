import { daysBetween } from '@sluitend/domain-nl';
import { amsterdamDatum } from '../../shared/amsterdam-tijd';

/**
 * The effectrapportage's timeliness classes: the time from the signal or DUO report to the first contact and to the
 * intake, in weeks — under 4, 4 to 6, over 6 (DOMAIN.md "Trajecten"; domain-sources.md §3.7).
 */
export const TIJDIGHEID_KLASSEN = ['minder-dan-4-weken', '4-tot-en-met-6-weken', 'meer-dan-6-weken'] as const;

export type TijdigheidKlasse = (typeof TIJDIGHEID_KLASSEN)[number];

const VIER_WEKEN = 28;
const ZES_WEKEN = 42;

/**
 * The class of the time from `van` to `tot`, counted in calendar days between their Europe/Amsterdam dates (the
 * report counts weeks, not hours, so the hour of the day and a change to summer time don't move a case): under 28
 * days is `minder-dan-4-weken`; exactly 4 weeks up to and including exactly 6 weeks is `4-tot-en-met-6-weken`; more
 * is `meer-dan-6-weken`. A contact before the report (the RMC knew the young person already) counts as under 4 weeks.
 */
export function tijdigheidKlasse(van: Date, tot: Date): TijdigheidKlasse {
  return klasseVoorDagen(daysBetween(amsterdamDatum(van), amsterdamDatum(tot)));
}

function klasseVoorDagen(dagen: number): TijdigheidKlasse {
  if (dagen < VIER_WEKEN) return 'minder-dan-4-weken';
  return dagen <= ZES_WEKEN ? '4-tot-en-met-6-weken' : 'meer-dan-6-weken';
}

/** The moments of a case that timeliness is measured on. */
export interface CasusTijdlijn {
  /** The signal or DUO report the case was opened for (or the moment it was opened by hand). */
  readonly gemeldOp: Date;
  /** The first contact attempt that reached the young person. */
  readonly eersteContactOp?: Date;
  /** The intake: the moment the case entered screening. */
  readonly intakeOp?: Date;
}

/** A class, or `nog-niet` while the moment has not come and the class is not yet certain. */
export type TijdigheidStand = TijdigheidKlasse | 'nog-niet';

export interface CasusTijdigheid {
  readonly eersteContact: TijdigheidStand;
  readonly intake: TijdigheidStand;
}

/**
 * Timeliness of a case on `nu`: a moment that has come gets its class; one that has not is `nog-niet`, unless more
 * than 6 weeks have already passed — then it can only be `meer-dan-6-weken`, and a dashboard may say so now.
 */
export function tijdigheidVanCasus(tijdlijn: CasusTijdlijn, nu: Date): CasusTijdigheid {
  const gemeld = amsterdamDatum(tijdlijn.gemeldOp);
  let verstreken: number | undefined;
  const stand = (moment: Date | undefined): TijdigheidStand => {
    if (moment) return klasseVoorDagen(daysBetween(gemeld, amsterdamDatum(moment)));
    verstreken ??= daysBetween(gemeld, amsterdamDatum(nu));
    return verstreken > ZES_WEKEN ? 'meer-dan-6-weken' : 'nog-niet';
  };
  return { eersteContact: stand(tijdlijn.eersteContactOp), intake: stand(tijdlijn.intakeOp) };
}
