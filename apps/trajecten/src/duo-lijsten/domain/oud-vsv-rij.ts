import { IsoDate, Persoonsnummer, schooljaarOf, startjaarVan } from '@sluitend/domain-nl';
import { ONDERWIJSSOORTEN, Onderwijssoort } from './duo-lijst-layout';
import { KolomIndex } from './kopregel';
import { CsvRij, RijLezer, RijUitkomst } from './rij-lezer';

/** A region's list of oud-VSV'ers, drawn up on a peildatum. */
export interface OudVsvContext {
  readonly rmcRegio: string;
  readonly peildatum: IsoDate;
}

/** How long out of school, in school years (the effectrapportage's classes for "oude vsv'ers"). */
export type JarenUitOnderwijs = '1-2' | '2-3' | '3-4' | '4+';

export interface OudVsvRij {
  readonly regel: number;
  readonly persoonsnummer: Persoonsnummer;
  readonly geboortedatum: IsoDate;
  readonly woongemeente: string;
  readonly rmcRegio: string;
  readonly uitgeschrevenOp: IsoDate;
  readonly laatsteBrin?: string;
  readonly laatsteOnderwijssoort?: Onderwijssoort;
  readonly jarenUitOnderwijs: JarenUitOnderwijs;
}

/**
 * The school years between the one a young person left in and the one of the peildatum (left in 2023-2024, peildatum
 * in 2025-2026: 2, class `2-3`). Someone who left this school year is a new VSV'er (A01), not an oud-VSV'er: 0.
 */
export function schooljarenUitOnderwijs(uitgeschrevenOp: IsoDate, peildatum: IsoDate): number {
  return startjaarVan(schooljaarOf(peildatum)) - startjaarVan(schooljaarOf(uitgeschrevenOp));
}

const klasse = (jaren: number): JarenUitOnderwijs => (jaren >= 4 ? '4+' : jaren === 3 ? '3-4' : jaren === 2 ? '2-3' : '1-2');

/**
 * One row of the oud-VSV list checked cell by cell: a valid BSN or onderwijsnummer, dates that exist, a woongemeente in
 * the list's region, the last enrolment ended at least one school year before the peildatum's and after birth, an
 * optional last BRIN and kind of education.
 */
export function valideerOudVsvRij(rij: CsvRij, index: KolomIndex, context: OudVsvContext): RijUitkomst<OudVsvRij> {
  const lezer = new RijLezer(rij, index, index.size);
  const persoonsnummer = lezer.persoonsnummer('bsn_of_onderwijsnummer');
  const geboortedatum = lezer.datum('geboortedatum', true);
  const woongemeente = lezer.woongemeente('woongemeente', context.rmcRegio);
  const uitgeschrevenOp = lezer.datum('uitgeschreven_op', true);
  const laatsteBrin = lezer.brin('laatste_brin', false);
  const laatsteOnderwijssoort = lezer.keuze('laatste_onderwijssoort', ONDERWIJSSOORTEN, false);
  let jaren = 0;
  if (uitgeschrevenOp) {
    jaren = schooljarenUitOnderwijs(uitgeschrevenOp, context.peildatum);
    if (uitgeschrevenOp > context.peildatum)
      lezer.fout('uitgeschreven_op', 'uitgeschreven_op.na-peildatum', `ligt na de peildatum ${context.peildatum}`);
    else if (jaren < 1)
      lezer.fout('uitgeschreven_op', 'oud-vsv.minstens-een-schooljaar', "een oud-VSV'er verliet het onderwijs in een eerder schooljaar");
    if (geboortedatum && uitgeschrevenOp < geboortedatum)
      lezer.fout('uitgeschreven_op', 'uitgeschreven_op.voor-geboorte', 'ligt voor de geboortedatum');
  }
  if (lezer.meldingen.length > 0 || !persoonsnummer || !geboortedatum || !woongemeente || !uitgeschrevenOp)
    return { rij: null, meldingen: lezer.meldingen };
  return {
    rij: {
      regel: rij.regel,
      persoonsnummer,
      geboortedatum,
      woongemeente: woongemeente.code,
      rmcRegio: woongemeente.rmcRegio,
      uitgeschrevenOp,
      laatsteBrin,
      laatsteOnderwijssoort,
      jarenUitOnderwijs: klasse(jaren),
    },
    meldingen: [],
  };
}
