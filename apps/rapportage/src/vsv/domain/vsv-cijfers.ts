import { Schooljaar } from '@sluitend/domain-nl';
import { GepubliceerdeKruistabel, Kruistabel } from '../../onthulling/domain/kruistabel';
import { Vsvfeit } from './vsv-feit';
import { VSV_NIVEAUS, vsvNiveau } from './vsv-niveau';
import { VsvOpties, VsvTelling } from './vsv-status';

/** What VSV is broken down by (DOMAIN.md "Rapportage"): RMC region and woongemeente of the young person, school, level. */
export type VsvDimensie = 'rmc-regio' | 'gemeente' | 'school' | 'niveau';

export interface VsvSelectie {
  readonly schooljaar: Schooljaar;
  readonly dimensie: VsvDimensie;
  /** Only the deelnemers of one region, gemeente or school (a scope: a gemeente sees its residents). */
  readonly filter?: { readonly rmcRegio?: string; readonly woongemeente?: string; readonly brin?: string };
  readonly opties?: VsvOpties;
}

export const VSV_KOLOMMEN = ['vsv', 'geen vsv'] as const;

/**
 * VSV counts of one school year by one dimension: per row the voortijdig schoolverlaters and the other deelnemers;
 * the row totals are the deelnemers, the grand total all deelnemers of the selection. Rows: every level in a fixed
 * order for `niveau`, otherwise the codes that occur, sorted.
 */
export interface VsvTabel {
  readonly selectie: VsvSelectie;
  readonly codes: readonly string[];
  readonly tabel: Kruistabel;
}

/** One pass over the facts. */
export function vsvTabel(feiten: Iterable<Vsvfeit>, selectie: VsvSelectie): VsvTabel {
  const { filter = {}, schooljaar, dimensie } = selectie;
  const telling = new VsvTelling(schooljaar, selectie.opties);
  const tellingen = new Map<string, [number, number]>();
  if (dimensie === 'niveau') {
    for (const niveau of VSV_NIVEAUS) {
      if (selectie.opties?.niveaus === undefined || selectie.opties.niveaus.includes(niveau.code)) tellingen.set(niveau.code, [0, 0]);
    }
  }
  for (const feit of feiten) {
    const op = feit.opTeldatum;
    if (op === null) continue;
    if (filter.rmcRegio !== undefined && op.rmcRegio !== filter.rmcRegio) continue;
    if (filter.woongemeente !== undefined && op.woongemeente !== filter.woongemeente) continue;
    if (filter.brin !== undefined && op.brin !== filter.brin) continue;
    const status = telling.status(feit);
    if (status === 'buiten-telling') continue;
    const code =
      dimensie === 'rmc-regio' ? op.rmcRegio : dimensie === 'gemeente' ? op.woongemeente : dimensie === 'school' ? op.brin : vsvNiveau(op.onderwijs);
    let rij = tellingen.get(code);
    if (rij === undefined) {
      rij = [0, 0];
      tellingen.set(code, rij);
    }
    rij[status === 'vsv' ? 0 : 1]++;
  }
  const codes = dimensie === 'niveau' ? [...tellingen.keys()] : [...tellingen.keys()].sort();
  const labels = dimensie === 'niveau' ? codes.map((code) => VSV_NIVEAUS.find((n) => n.code === code)?.label ?? code) : codes;
  return {
    selectie,
    codes,
    tabel: { rijen: labels, kolommen: [...VSV_KOLOMMEN], cellen: codes.map((code) => [...(tellingen.get(code) as [number, number])]) },
  };
}

/** The published VSV table of a selection (suppressed or not), with the codes its rows stand for. */
export interface GepubliceerdeVsvTabel {
  readonly selectie: VsvSelectie;
  readonly codes: readonly string[];
  readonly tabel: GepubliceerdeKruistabel;
}
