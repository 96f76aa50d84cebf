import { schooljaarVanStartjaar, startOfLocalDay, type Schooljaar } from '@sluitend/domain-nl';
import type { Organisatie } from '@sluitend/auth';
import { DomainError } from '@sluitend/domain-nl';

export type Rapportsoort = 'tabellenboek' | 'effectrapportage';

/** A kind's yearly generation: the school year it covers and when it falls due. */
export interface GeplandRapport {
  readonly soort: Rapportsoort;
  readonly schooljaar: Schooljaar;
  readonly dueAt: Date;
}

/** The day (MM-DD) per kind on which the documents of the school year that ended on 31 July are generated. */
export type Generatiedagen = Readonly<Record<Rapportsoort, string>>;

/**
 * The generations of calendar year `jaar`: both kinds cover the school year that ended on 31 July of that year (the
 * tabellenboek counts its leavers on the 1 October teldatum after it; the effectrapportage its cases closed in it),
 * each due at the start of its configured day (Amsterdam).
 */
export function planningVanJaar(jaar: number, dagen: Generatiedagen): GeplandRapport[] {
  return (Object.keys(dagen) as Rapportsoort[]).map((soort) => {
    const [maand, dag] = dagen[soort].split('-').map(Number);
    return { soort, schooljaar: schooljaarVanStartjaar(jaar - 1), dueAt: startOfLocalDay(jaar, maand, dag) };
  });
}

/** The generations to have planned at `now`: this calendar year's (a missed one catches up) and next year's. */
export function teplannen(now: Date, dagen: Generatiedagen): GeplandRapport[] {
  const jaar = Number(new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric' }).format(now));
  return [...planningVanJaar(jaar, dagen), ...planningVanJaar(jaar + 1, dagen)];
}

/**
 * Whose generated documents a caller sees: a VO school its own tabellenboeken, an RMC its region's
 * effectrapportages, ops all. Others have none (403).
 */
export function documentenBereik(organisatie: Organisatie): { type: 'vo-school' | 'rmc-regio'; code: string } | null {
  switch (organisatie.type) {
    case 'vo-school':
    case 'rmc-regio':
      return { type: organisatie.type, code: organisatie.code };
    case 'ops':
      return null;
    case 'gemeente':
    case 'mbo-instelling':
    case 'ggd':
    case 'partner':
      throw DomainError.geenToegang('documenten.organisatie', `Gegenereerde rapporten zijn niet beschikbaar voor ${organisatie.type}`);
  }
}
