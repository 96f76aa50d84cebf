/**
 * The layouts of the two DUO lists trajecten imports as CSV. DUO publishes what the lists contain (A01: uitschrijvingen
 * zonder startkwalificatie, people of 13 to 23 no longer registered at a funded programme compared with the month
 * before — https://duo.nl/zakelijk/verzuim/verzuim/rapportages.jsp; the region list of oud-VSV'ers, seed 001 and
 * seed 003) but not a column layout that could be cited (/work/shared/reference/domain-sources.md §3.6: not found).
 * These layouts are therefore ours, documented here and in the README: the columns a region exports from DUO's file,
 * personal data limited to what matching needs (no names, no addresses). Headers are matched case-insensitively, spaces
 * and hyphens count as underscores; optional columns may be left out; other columns are refused.
 */
export type DuoLijstSoort = 'a01' | 'oud-vsv';

export interface DuoKolom {
  readonly naam: string;
  readonly verplicht: boolean;
  readonly toelichting: string;
}

export const A01_KOLOMMEN: readonly DuoKolom[] = [
  { naam: 'bsn_of_onderwijsnummer', verplicht: true, toelichting: 'BSN of onderwijsnummer (9 cijfers, 11-proef; 8 cijfers krijgt een voorloopnul)' },
  { naam: 'geboortedatum', verplicht: true, toelichting: 'JJJJ-MM-DD of DD-MM-JJJJ' },
  { naam: 'woongemeente', verplicht: true, toelichting: 'CBS-code (GM0014) of DUO-gemeentenummer (14); moet in de regio van de lijst liggen' },
  { naam: 'brin', verplicht: true, toelichting: 'BRIN van de school of instelling waar de jongere is uitgeschreven' },
  { naam: 'onderwijssoort', verplicht: true, toelichting: 'vo, mbo of vavo' },
  { naam: 'opleidingscode', verplicht: false, toelichting: 'crebo (5 cijfers); verplicht bij mbo' },
  { naam: 'uitschrijfdatum', verplicht: true, toelichting: 'JJJJ-MM-DD of DD-MM-JJJJ; niet na de rapportagedatum; de jongere was toen 13 tot 23' },
];

export const OUD_VSV_KOLOMMEN: readonly DuoKolom[] = [
  { naam: 'bsn_of_onderwijsnummer', verplicht: true, toelichting: 'BSN of onderwijsnummer (9 cijfers, 11-proef)' },
  { naam: 'geboortedatum', verplicht: true, toelichting: 'JJJJ-MM-DD of DD-MM-JJJJ' },
  { naam: 'woongemeente', verplicht: true, toelichting: 'CBS-code of DUO-gemeentenummer; moet in de regio van de lijst liggen' },
  { naam: 'uitgeschreven_op', verplicht: true, toelichting: 'einde van de laatste inschrijving; minstens één schooljaar voor de peildatum' },
  { naam: 'laatste_brin', verplicht: false, toelichting: 'BRIN van de laatste school' },
  { naam: 'laatste_onderwijssoort', verplicht: false, toelichting: 'vo, mbo of vavo' },
];

export const KOLOMMEN: Readonly<Record<DuoLijstSoort, readonly DuoKolom[]>> = { a01: A01_KOLOMMEN, 'oud-vsv': OUD_VSV_KOLOMMEN };

/** At most this many rows in one list (a region's A01 or oud-VSV list is far smaller). */
export const MAX_LIJST_RIJEN = 50_000;

export const ONDERWIJSSOORTEN = ['vo', 'mbo', 'vavo'] as const;
export type Onderwijssoort = (typeof ONDERWIJSSOORTEN)[number];
