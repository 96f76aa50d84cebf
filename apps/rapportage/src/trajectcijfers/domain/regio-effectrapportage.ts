import { TIJDIGHEID_STANDEN, UITKOMST_CATEGORIEEN } from '@sluitend/contracts';
import { GepubliceerdeKruistabel, Kruistabel, ongefilterd } from '../../onthulling/domain/kruistabel';
import { onderdrukGekoppeld } from '../../onthulling/domain/onderdruk-gekoppeld';
import { OnthullingsBeleid } from '../../onthulling/domain/onthullingsbeleid';
import { UITKOMSTEN } from './trajectgebeurtenis';

/** Closed cases alike as the projection holds them: region, outcome and timeliness classes (trajecten's codes), and how many. */
export interface AfgeslotenCasussen {
  readonly rmcRegio: string;
  readonly uitkomst: (typeof UITKOMST_CATEGORIEEN)[number];
  readonly eersteContact: (typeof TIJDIGHEID_STANDEN)[number];
  readonly intake: (typeof TIJDIGHEID_STANDEN)[number];
  readonly aantal: number;
}

/** Labels of the timeliness classes in trajecten's codes (effectrapportage: < 4, 4–6, > 6 weeks). */
export const TIJDIGHEID_LABELS: Readonly<Record<(typeof TIJDIGHEID_STANDEN)[number], string>> = {
  'minder-dan-4-weken': '< 4 weken',
  '4-tot-en-met-6-weken': '4–6 weken',
  'meer-dan-6-weken': '> 6 weken',
  'nog-niet': 'nog niet',
};

const UITKOMST_LABEL = new Map<string, string>(UITKOMSTEN.map((u) => [u.code, u.label]));

export interface RegioEffectrapportage {
  readonly uitkomsten: Kruistabel;
  readonly eersteContact: Kruistabel;
  readonly intake: Kruistabel;
}

export interface GepubliceerdeRegioEffectrapportage {
  readonly uitkomsten: GepubliceerdeKruistabel;
  readonly eersteContact: GepubliceerdeKruistabel;
  readonly intake: GepubliceerdeKruistabel;
}

/**
 * The effectrapportage of closed cases per RMC-regio (rows: the regions asked for, sorted, plus any found), from counted groups: outcome
 * category × region, and the timeliness of first contact and of intake × region (trajecten classifies it when it
 * closes the case). The three tables count the same cases per region. One pass.
 */
export function regioEffectrapportage(casussen: Iterable<AfgeslotenCasussen>, regios: readonly string[] = []): RegioEffectrapportage {
  const uitkomstIndex = new Map<string, number>(UITKOMST_CATEGORIEEN.map((u, i) => [u, i]));
  const tijdIndex = new Map<string, number>(TIJDIGHEID_STANDEN.map((t, i) => [t, i]));
  const perRegio = new Map<string, { u: number[]; c: number[]; i: number[] }>();
  const rij = (regio: string) => {
    let r = perRegio.get(regio);
    if (r === undefined) {
      r = { u: UITKOMST_CATEGORIEEN.map(() => 0), c: TIJDIGHEID_STANDEN.map(() => 0), i: TIJDIGHEID_STANDEN.map(() => 0) };
      perRegio.set(regio, r);
    }
    return r;
  };
  for (const regio of regios) rij(regio);
  for (const casus of casussen) {
    const r = rij(casus.rmcRegio);
    r.u[uitkomstIndex.get(casus.uitkomst) as number] += casus.aantal;
    r.c[tijdIndex.get(casus.eersteContact) as number] += casus.aantal;
    r.i[tijdIndex.get(casus.intake) as number] += casus.aantal;
  }
  const sleutels = [...perRegio.keys()].sort();
  const get = (s: string) => perRegio.get(s) as { u: number[]; c: number[]; i: number[] };
  const tijd = TIJDIGHEID_STANDEN.map((t) => TIJDIGHEID_LABELS[t]);
  return {
    uitkomsten: { rijen: sleutels, kolommen: UITKOMST_CATEGORIEEN.map((u) => UITKOMST_LABEL.get(u) ?? u), cellen: sleutels.map((s) => get(s).u) },
    eersteContact: { rijen: sleutels, kolommen: tijd, cellen: sleutels.map((s) => get(s).c) },
    intake: { rijen: sleutels, kolommen: tijd, cellen: sleutels.map((s) => get(s).i) },
  };
}

/** Unsuppressed inside the RMC (beleid null); outside it the three tables are suppressed together (shared row totals). */
export function publiceerRegioEffectrapportage(rapport: RegioEffectrapportage, beleid: OnthullingsBeleid | null): GepubliceerdeRegioEffectrapportage {
  const tabellen = [rapport.uitkomsten, rapport.eersteContact, rapport.intake];
  const [uitkomsten, eersteContact, intake] =
    beleid === null
      ? tabellen.map(ongefilterd)
      : onderdrukGekoppeld(
          tabellen.map((tabel) => ({ tabel, gedeeld: 'rijen' as const })),
          beleid,
        );
  return { uitkomsten, eersteContact, intake };
}
