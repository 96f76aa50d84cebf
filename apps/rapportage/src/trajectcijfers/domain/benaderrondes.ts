import { Kruistabel } from '../../onthulling/domain/kruistabel';
import { Benadergebeurtenis, OVERDRACHT_PARTNERS, OverdrachtPartner } from './trajectgebeurtenis';

/**
 * Columns of the outreach table, a partition of everyone written to (seed 001's table of the oud-VSV rounds: of 257
 * written to, 160 in sight — 52 reacted themselves, 62 phoned by the RMC, 11 wanted RMC guidance, 26 guidance by
 * jongerenwerk, 9 by the jongerenloket). Each young person counts once, in the first column that applies: handed to a
 * partner (by partner), else reacted themselves, else reached by the RMC, else otherwise in sight, else not in sight.
 */
export const BENADER_UITKOMSTEN = [
  { code: 'zelf-gereageerd', label: 'zelf gereageerd' },
  { code: 'bereikt', label: 'benaderd door RMC (telefoon, huisbezoek)' },
  { code: 'in-beeld-anders', label: 'anders in beeld' },
  ...OVERDRACHT_PARTNERS,
  { code: 'niet-in-beeld', label: 'niet in beeld' },
] as const;

const GEREAGEERD = 1;
const BEREIKT = 2;
const IN_BEELD = 4;

interface Benaderde {
  vlaggen: number;
  partner: OverdrachtPartner | null;
}

export interface Benaderrondes {
  /** Rounds (rows, sorted by id) × outcome (columns); row totals: written to. */
  readonly tabel: Kruistabel;
  /** Events about young people not written to in that round: counted, not guessed at. */
  readonly wezen: number;
}

/** One pass over the outreach events. */
export function benaderrondes(gebeurtenissen: Iterable<Benadergebeurtenis>): Benaderrondes {
  const rondes = new Map<string, Map<string, Benaderde>>();
  let wezen = 0;
  for (const g of gebeurtenissen) {
    let ronde = rondes.get(g.rondeId);
    if (g.type === 'trajecten.benadering.aangeschreven') {
      if (ronde === undefined) {
        ronde = new Map();
        rondes.set(g.rondeId, ronde);
      }
      if (!ronde.has(g.jongereId)) ronde.set(g.jongereId, { vlaggen: 0, partner: null });
      continue;
    }
    const benaderde = ronde?.get(g.jongereId);
    if (benaderde === undefined) {
      wezen++;
      continue;
    }
    switch (g.type) {
      case 'trajecten.benadering.gereageerd':
        benaderde.vlaggen |= GEREAGEERD | IN_BEELD;
        break;
      case 'trajecten.benadering.bereikt':
        benaderde.vlaggen |= BEREIKT | IN_BEELD;
        break;
      case 'trajecten.benadering.in-beeld':
        benaderde.vlaggen |= IN_BEELD;
        break;
      case 'trajecten.benadering.overgedragen':
        benaderde.vlaggen |= IN_BEELD;
        benaderde.partner = g.aan;
        break;
    }
  }
  const kolom = new Map<string, number>(BENADER_UITKOMSTEN.map((u, i) => [u.code, i]));
  const ids = [...rondes.keys()].sort();
  const cellen = ids.map((id) => {
    const rij = new Array<number>(BENADER_UITKOMSTEN.length).fill(0);
    for (const { vlaggen, partner } of (rondes.get(id) as Map<string, Benaderde>).values()) {
      const code =
        partner !== null
          ? partner
          : vlaggen & GEREAGEERD
            ? 'zelf-gereageerd'
            : vlaggen & BEREIKT
              ? 'bereikt'
              : vlaggen & IN_BEELD
                ? 'in-beeld-anders'
                : 'niet-in-beeld';
      rij[kolom.get(code) as number]++;
    }
    return rij;
  });
  return { tabel: { rijen: ids, kolommen: BENADER_UITKOMSTEN.map((u) => u.label), cellen }, wezen };
}
