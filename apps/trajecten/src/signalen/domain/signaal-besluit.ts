import { IsoDate } from '@sluitend/domain-nl';
import type { OpenCasusRef } from '../../casussen/domain/casus';
import { STANDAARD_EINDLEEFTIJD, inDoelgroep } from '../../casussen/domain/doelgroep';
import { CasusBesluit, casusBesluit } from '../../casussen/domain/een-open-casus';
import { amsterdamDatum } from '../../shared/amsterdam-tijd';
import { RegioCasusRegels } from './casus-regels';
import { SignaalSoort } from './signaal-soort';

/** A signal about one person, as far as the decision needs it. */
export interface InkomendSignaal {
  readonly soort: SignaalSoort;
  /** When it was raised; its Europe/Amsterdam date is the peildatum for the target group. */
  readonly op: Date;
  readonly geboortedatum?: IsoDate;
  readonly heeftStartkwalificatie?: boolean;
}

/**
 * What an incoming signal does to the person's case in the region (see `casusBesluit`): attach to the open case;
 * else open one when the region's table says the kind opens, or stay an alert only; never a case for someone outside
 * the target group on the signal's day. Constant time; allocation-free unless a date of birth must be checked.
 */
export function besluitVoorSignaal(
  signaal: InkomendSignaal,
  open: OpenCasusRef | undefined,
  regels: RegioCasusRegels,
  eindleeftijd: number = STANDAARD_EINDLEEFTIJD,
): CasusBesluit {
  if (open !== undefined) return 'koppelen';
  const opent = regels[signaal.soort] === 'opent';
  const bekend = signaal.geboortedatum !== undefined || signaal.heeftStartkwalificatie === true;
  return casusBesluit(undefined, opent, !bekend || inDoelgroep(signaal, amsterdamDatum(signaal.op), eindleeftijd));
}

export interface SignaalVoorPersoon extends InkomendSignaal {
  readonly jongereId: string;
  readonly rmcRegio: string;
}

export interface BatchBesluiten {
  readonly besluiten: CasusBesluit[];
  /**
   * For a `koppelen` to a case that an earlier signal of the same batch opens: that signal's index; else -1 (attached
   * to a case that was open before the batch, or no case).
   */
  readonly geopendDoor: Int32Array;
}

/**
 * The decisions for a batch of signals, in order (Kafka keeps one person's signals in order), keeping the invariant
 * inside the batch too: once a signal opens a person's case in a region, later signals for that person and region
 * attach to it. Linear: one map entry per opened case, `openCasus` asked at most once per signal.
 */
export function besluitVoorBatch(
  signalen: readonly SignaalVoorPersoon[],
  openCasus: (jongereId: string, rmcRegio: string) => OpenCasusRef | undefined,
  regelsVan: (rmcRegio: string) => RegioCasusRegels,
  eindleeftijdVan: (rmcRegio: string) => number = () => STANDAARD_EINDLEEFTIJD,
): BatchBesluiten {
  const besluiten = new Array<CasusBesluit>(signalen.length);
  const geopendDoor = new Int32Array(signalen.length).fill(-1);
  const geopend = new Map<string, number>();
  for (let i = 0; i < signalen.length; i++) {
    const signaal = signalen[i];
    const sleutel = `${signaal.rmcRegio}|${signaal.jongereId}`;
    const opener = geopend.get(sleutel);
    if (opener !== undefined) {
      besluiten[i] = 'koppelen';
      geopendDoor[i] = opener;
      continue;
    }
    const besluit = besluitVoorSignaal(
      signaal,
      openCasus(signaal.jongereId, signaal.rmcRegio),
      regelsVan(signaal.rmcRegio),
      eindleeftijdVan(signaal.rmcRegio),
    );
    besluiten[i] = besluit;
    if (besluit === 'openen') geopend.set(sleutel, i);
  }
  return { besluiten, geopendDoor };
}
