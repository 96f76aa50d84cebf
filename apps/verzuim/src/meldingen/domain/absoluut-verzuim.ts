import { IsoDate, addDays, compareIsoDate, isIsoDate, kwalificatieplichtBegin, leerplichtBegin, verjaardag } from '@sluitend/domain-nl';
import { Leerling } from '../../leerlingen/domain/leerling';
import { Ontvanger, wieHandelt } from '../../leerlingen/domain/wie-handelt';
import { VerzuimFout } from '../../shared/verzuim-fout';

/** A period of enrolment or exemption; open-ended without `totEnMet`. */
export interface Periode {
  readonly van: IsoDate;
  readonly totEnMet?: IsoDate;
}

/** The facts of the enrolment register (DUO) about one young person. */
export interface Inschrijvingsfeiten {
  readonly leerling: Leerling;
  /** Enrolments at any school. */
  readonly inschrijvingen: readonly Periode[];
  /** Vrijstellingen from leerplicht (Leerplichtwet art. 5 and on). */
  readonly vrijstellingen: readonly Periode[];
}

/** A period in which a leerplichtig or kwalificatieplichtig young person is enrolled nowhere and not exempt. */
export interface AbsoluutVerzuim {
  readonly soort: 'absoluut';
  readonly van: IsoDate;
  readonly totEnMet: IsoDate;
  readonly verantwoordelijke: 'leerplicht' | 'kwalificatieplicht';
  readonly ontvanger: Ontvanger;
}

/**
 * Absoluut verzuim within `van` … `totEnMet`: days on which the young person is leerplichtig or kwalificatieplichtig
 * (libs/domain-nl's plichten on that day), enrolled nowhere and not exempt. The leerplichtambtenaar of the
 * woongemeente acts (Leerplichtwet art. 19); DUO reports it, the school does not. Split where the duty changes.
 */
export function absoluutVerzuim(feiten: Inschrijvingsfeiten, van: IsoDate, totEnMet: IsoDate): AbsoluutVerzuim[] {
  if (compareIsoDate(van, totEnMet) > 0) throw new VerzuimFout('PERIODE_ONGELDIG', 'Het einde ligt voor het begin', 'totEnMet');
  const { leerling } = feiten;
  for (const [veld, perioden] of [
    ['inschrijvingen', feiten.inschrijvingen],
    ['vrijstellingen', feiten.vrijstellingen],
  ] as const) {
    perioden.forEach((p, i) => {
      if (!isIsoDate(p.van) || (p.totEnMet !== undefined && (!isIsoDate(p.totEnMet) || p.totEnMet < p.van))) {
        throw new VerzuimFout('PERIODE_ONGELDIG', 'Een periode loopt van een bestaande dag tot (niet voor) een bestaande dag', `${veld}[${i}]`);
      }
    });
  }
  const grenzen = new Set<IsoDate>([
    van,
    leerplichtBegin(leerling.geboortedatum),
    kwalificatieplichtBegin(leerling.geboortedatum),
    verjaardag(leerling.geboortedatum, 18),
  ]);
  if (leerling.startkwalificatieOp) grenzen.add(leerling.startkwalificatieOp);
  for (const periode of [...feiten.inschrijvingen, ...feiten.vrijstellingen]) {
    grenzen.add(periode.van);
    if (periode.totEnMet) grenzen.add(addDays(periode.totEnMet, 1));
  }
  const begins = [...grenzen].filter((d) => d >= van && d <= totEnMet).sort();
  const uitkomst: AbsoluutVerzuim[] = [];
  begins.forEach((begin, i) => {
    const einde = i + 1 < begins.length ? addDays(begins[i + 1], -1) : totEnMet;
    const { verantwoordelijke, ontvanger } = wieHandelt(leerling, begin);
    const gedekt = [...feiten.inschrijvingen, ...feiten.vrijstellingen].some(
      (p) => p.van <= begin && (p.totEnMet === undefined || p.totEnMet >= begin),
    );
    if (gedekt || ontvanger === null || (verantwoordelijke !== 'leerplicht' && verantwoordelijke !== 'kwalificatieplicht')) return;
    const vorige = uitkomst[uitkomst.length - 1];
    if (vorige && vorige.verantwoordelijke === verantwoordelijke && addDays(vorige.totEnMet, 1) === begin) {
      uitkomst[uitkomst.length - 1] = { ...vorige, totEnMet: einde };
    } else {
      uitkomst.push({ soort: 'absoluut', van: begin, totEnMet: einde, verantwoordelijke, ontvanger });
    }
  });
  return uitkomst;
}
