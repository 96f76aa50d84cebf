import { VERZUIMSOORTEN } from '@sluitend/contracts';
import { GepubliceerdeKruistabel, Kruistabel, ongefilterd } from '../../onthulling/domain/kruistabel';
import { onderdrukGekoppeld } from '../../onthulling/domain/onderdruk-gekoppeld';
import { OnthullingsBeleid } from '../../onthulling/domain/onthullingsbeleid';

/** A registered melding as the projection holds it (withdrawn or not). */
export interface GeprojecteerdeMelding {
  readonly soort: (typeof VERZUIMSOORTEN)[number];
  readonly brin: string;
  readonly woongemeente: string;
  readonly ingetrokken: boolean;
}

/** Labels of verzuim's kinds (DOMAIN.md "Verzuim"). */
export const SOORT_LABELS: Readonly<Record<(typeof VERZUIMSOORTEN)[number], string>> = {
  'zestien-uur': '16 uur in 4 weken',
  'langdurig-relatief': 'langdurig relatief verzuim',
  luxe: 'luxe verzuim',
  rmc: 'RMC-verzuim',
  overig: 'overig verzuim',
};

/**
 * The statuses verzuim's events let rapportage see: registered, or withdrawn after a correction. Handling
 * (in behandeling, afgesloten, ter kennisgeving aangenomen) is not published by verzuim as an event yet.
 */
export const ZICHTBARE_STATUSSEN = ['geregistreerd', 'ingetrokken'] as const;

export interface Meldingcijfers {
  readonly perSoortEnStatus: Kruistabel;
  readonly perGemeente: Kruistabel;
  readonly perSchool: Kruistabel;
}

/** Meldingen per kind × status, per woongemeente × kind and per school × kind: the same meldingen three ways. One pass. */
export function meldingcijfers(meldingen: Iterable<GeprojecteerdeMelding>): Meldingcijfers {
  const soortIndex = new Map<string, number>(VERZUIMSOORTEN.map((s, i) => [s, i]));
  const perSoort = VERZUIMSOORTEN.map(() => [0, 0]);
  const perGemeente = new Map<string, number[]>();
  const perSchool = new Map<string, number[]>();
  const tel = (kaart: Map<string, number[]>, sleutel: string, k: number) => {
    let rij = kaart.get(sleutel);
    if (rij === undefined) {
      rij = VERZUIMSOORTEN.map(() => 0);
      kaart.set(sleutel, rij);
    }
    rij[k]++;
  };
  for (const m of meldingen) {
    const k = soortIndex.get(m.soort) as number;
    perSoort[k][m.ingetrokken ? 1 : 0]++;
    tel(perGemeente, m.woongemeente, k);
    tel(perSchool, m.brin, k);
  }
  const alsTabel = (kaart: Map<string, number[]>): Kruistabel => {
    const sleutels = [...kaart.keys()].sort();
    return { rijen: sleutels, kolommen: VERZUIMSOORTEN.map((s) => SOORT_LABELS[s]), cellen: sleutels.map((s) => kaart.get(s) as number[]) };
  };
  return {
    perSoortEnStatus: { rijen: VERZUIMSOORTEN.map((s) => SOORT_LABELS[s]), kolommen: [...ZICHTBARE_STATUSSEN], cellen: perSoort },
    perGemeente: alsTabel(perGemeente),
    perSchool: alsTabel(perSchool),
  };
}

export interface GepubliceerdeMeldingcijfers {
  readonly perSoortEnStatus: GepubliceerdeKruistabel;
  readonly perGemeente: GepubliceerdeKruistabel;
  readonly perSchool: GepubliceerdeKruistabel;
}

/**
 * Unsuppressed inside the organisation (beleid null); outside it suppressed together: the three tables share the
 * totals per kind (rows of the first, columns of the others).
 */
export function publiceerMeldingcijfers(cijfers: Meldingcijfers, beleid: OnthullingsBeleid | null): GepubliceerdeMeldingcijfers {
  if (beleid === null) {
    return {
      perSoortEnStatus: ongefilterd(cijfers.perSoortEnStatus),
      perGemeente: ongefilterd(cijfers.perGemeente),
      perSchool: ongefilterd(cijfers.perSchool),
    };
  }
  const [perSoortEnStatus, perGemeente, perSchool] = onderdrukGekoppeld(
    [
      { tabel: cijfers.perSoortEnStatus, gedeeld: 'rijen' },
      { tabel: cijfers.perGemeente, gedeeld: 'kolommen' },
      { tabel: cijfers.perSchool, gedeeld: 'kolommen' },
    ],
    beleid,
  );
  return { perSoortEnStatus, perGemeente, perSchool };
}
