import { RONDE_REACTIES } from '@sluitend/contracts';
import { DomainIssue } from '@sluitend/domain-nl';
import { benaderrondeOngeldig } from './contacten.errors';

/**
 * An outreach round over a list (seed 001, "Aanpak oude VSV": 257 oud-VSV'ers written to in a round; 52 reacted to
 * the mailing themselves, 62 were reached by phone, 160 came "in beeld"; 11 wanted RMC guidance, 26 went to youth work,
 * 9 to the jongerenloket). Everyone on the list is written to; then each participant's reaction is recorded.
 */
export { RONDE_REACTIES };

export type RondeReactie = (typeof RONDE_REACTIES)[number];

export interface RondeDeelnemer {
  readonly reactie: RondeReactie;
  /** The young person's situation is known (seed 001: "in beeld gebracht"). */
  readonly inBeeld: boolean;
  /** Who took them on (`rmc`, `jongerenwerk`, `jongerenloket`, a partner's code …), when anyone did. */
  readonly overgedragenAan?: string;
}

const REACTIES: ReadonlySet<string> = new Set(RONDE_REACTIES);
const BEREIKT: ReadonlySet<RondeReactie> = new Set(['zelf-gereageerd', 'telefonisch-bereikt', 'anders-bereikt']);

/** Problems of one participant, fields prefixed `deelnemers[i]`: in beeld only when reached, handed over only when in beeld. */
export function deelnemerMeldingen(deelnemer: RondeDeelnemer, index: number): DomainIssue[] {
  const veld = (naam: string) => `deelnemers[${index}].${naam}`;
  if (!REACTIES.has(deelnemer.reactie)) {
    return [{ field: veld('reactie'), rule: 'reactie.onbekend', message: `reactie is een van: ${RONDE_REACTIES.join(', ')}` }];
  }
  const meldingen: DomainIssue[] = [];
  if (deelnemer.inBeeld && !BEREIKT.has(deelnemer.reactie)) {
    meldingen.push({ field: veld('inBeeld'), rule: 'in-beeld.alleen-bereikt', message: 'in beeld kan alleen wie gereageerd heeft of bereikt is' });
  }
  if (deelnemer.overgedragenAan !== undefined && (!deelnemer.inBeeld || !deelnemer.overgedragenAan.trim())) {
    meldingen.push({
      field: veld('overgedragenAan'),
      rule: 'overgedragen.alleen-in-beeld',
      message: 'overdragen kan alleen wie in beeld is, aan een genoemde organisatie',
    });
  }
  return meldingen;
}

export interface RondeTelling {
  readonly aangeschreven: number;
  readonly zelfGereageerd: number;
  readonly telefonischBereikt: number;
  readonly andersBereikt: number;
  readonly nietBereikt: number;
  readonly nogOpen: number;
  readonly inBeeld: number;
  /** Per organisation taken on by. */
  readonly overgedragenAan: Readonly<Record<string, number>>;
}

/** The round's tallies, in one pass; `benaderronde.ongeldig` with every bad participant when the list is inconsistent. */
export function telRonde(deelnemers: readonly RondeDeelnemer[]): RondeTelling {
  const meldingen: DomainIssue[] = [];
  const per: Record<RondeReactie, number> = { 'nog-open': 0, 'zelf-gereageerd': 0, 'telefonisch-bereikt': 0, 'anders-bereikt': 0, 'niet-bereikt': 0 };
  const overgedragenAan: Record<string, number> = {};
  let inBeeld = 0;
  deelnemers.forEach((deelnemer, i) => {
    const fouten = deelnemerMeldingen(deelnemer, i);
    if (fouten.length > 0) {
      meldingen.push(...fouten);
      return;
    }
    per[deelnemer.reactie] += 1;
    if (deelnemer.inBeeld) inBeeld += 1;
    if (deelnemer.overgedragenAan !== undefined) {
      const aan = deelnemer.overgedragenAan.trim();
      overgedragenAan[aan] = (overgedragenAan[aan] ?? 0) + 1;
    }
  });
  if (meldingen.length > 0) throw benaderrondeOngeldig(meldingen);
  return {
    aangeschreven: deelnemers.length,
    zelfGereageerd: per['zelf-gereageerd'],
    telefonischBereikt: per['telefonisch-bereikt'],
    andersBereikt: per['anders-bereikt'],
    nietBereikt: per['niet-bereikt'],
    nogOpen: per['nog-open'],
    inBeeld,
    overgedragenAan,
  };
}
