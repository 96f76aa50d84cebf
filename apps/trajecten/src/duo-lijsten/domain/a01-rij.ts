import { IsoDate, Persoonsnummer, leeftijdOp } from '@sluitend/domain-nl';
import { ONDERWIJSSOORTEN, Onderwijssoort } from './duo-lijst-layout';
import { KolomIndex } from './kopregel';
import { CsvRij, RijLezer, RijUitkomst } from './rij-lezer';

/** An A01 list of one region, reported on a date. */
export interface A01Context {
  readonly rmcRegio: string;
  readonly rapportagedatum: IsoDate;
}

/** One uitschrijving zonder startkwalificatie (layout: duo-lijst-layout.ts). */
export interface A01Rij {
  readonly regel: number;
  readonly persoonsnummer: Persoonsnummer;
  readonly geboortedatum: IsoDate;
  readonly woongemeente: string;
  readonly rmcRegio: string;
  readonly brin: string;
  readonly onderwijssoort: Onderwijssoort;
  readonly opleidingscode?: string;
  readonly uitschrijfdatum: IsoDate;
}

/** A01 covers people of 13 up to 23 (DUO). */
export const A01_LEEFTIJD = { vanaf: 13, onder: 23 } as const;

/**
 * One A01 row checked cell by cell: a valid BSN or onderwijsnummer, dates that exist, a woongemeente in the list's
 * region, a BRIN, vo/mbo/vavo with a crebo for mbo, an uitschrijving not after the report date and at an age of 13 to
 * 22. The row, or `null` and every problem by line, column and rule.
 */
export function valideerA01Rij(rij: CsvRij, index: KolomIndex, context: A01Context): RijUitkomst<A01Rij> {
  const lezer = new RijLezer(rij, index, index.size);
  const persoonsnummer = lezer.persoonsnummer('bsn_of_onderwijsnummer');
  const geboortedatum = lezer.datum('geboortedatum', true);
  const woongemeente = lezer.woongemeente('woongemeente', context.rmcRegio);
  const brin = lezer.brin('brin', true);
  const onderwijssoort = lezer.keuze('onderwijssoort', ONDERWIJSSOORTEN, true);
  const opleidingscode = lezer.crebo('opleidingscode', onderwijssoort === 'mbo');
  const uitschrijfdatum = lezer.datum('uitschrijfdatum', true);
  if (uitschrijfdatum && uitschrijfdatum > context.rapportagedatum) {
    lezer.fout('uitschrijfdatum', 'uitschrijfdatum.na-rapportage', `de uitschrijving ligt na de rapportagedatum ${context.rapportagedatum}`);
  }
  if (uitschrijfdatum && geboortedatum) {
    if (uitschrijfdatum < geboortedatum)
      lezer.fout('uitschrijfdatum', 'uitschrijfdatum.voor-geboorte', 'de uitschrijving ligt voor de geboortedatum');
    else {
      const leeftijd = leeftijdOp(geboortedatum, uitschrijfdatum);
      if (leeftijd < A01_LEEFTIJD.vanaf || leeftijd >= A01_LEEFTIJD.onder) {
        lezer.fout('geboortedatum', 'leeftijd.13-22', 'A01 bevat jongeren van 13 tot 23 jaar op de uitschrijfdatum');
      }
    }
  }
  if (lezer.meldingen.length > 0 || !persoonsnummer || !geboortedatum || !woongemeente || !brin || !onderwijssoort || !uitschrijfdatum) {
    return { rij: null, meldingen: lezer.meldingen };
  }
  return {
    rij: {
      regel: rij.regel,
      persoonsnummer,
      geboortedatum,
      woongemeente: woongemeente.code,
      rmcRegio: woongemeente.rmcRegio,
      brin,
      onderwijssoort,
      opleidingscode,
      uitschrijfdatum,
    },
    meldingen: [],
  };
}
