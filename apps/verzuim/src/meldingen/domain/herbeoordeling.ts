import { IsoDate, addDays } from '@sluitend/domain-nl';
import { AbsentieHistorie } from '../../absenties/domain/absentie-historie';
import { Leerling } from '../../leerlingen/domain/leerling';
import { langdurigRelatiefVerzuim } from './langdurig-relatief-verzuim';
import { luxeVerzuim } from './luxe-verzuim';
import { rmcVerzuim } from './rmc-verzuim';
import { BerekendeMelding, meldingSleutel, opEinddatum } from './verzuimmelding';
import { STANDAARD_INSTELLINGEN, VerzuimInstellingen } from './verzuim-instellingen';
import { Telstart, zestienUur } from './zestien-uur';

export interface MeldingVerschil {
  /** Due now and not reported before: to be filed. */
  readonly nieuw: BerekendeMelding[];
  /** Reported before and no longer due: to be withdrawn or closed (see `afhandelingNaVervallen`). */
  readonly vervallen: BerekendeMelding[];
  /** Same kind and startdatum, other end, hours or recipient. */
  readonly gewijzigd: { readonly eerder: BerekendeMelding; readonly nu: BerekendeMelding }[];
  readonly ongewijzigd: BerekendeMelding[];
}

/** Compares what was reported with what is due now, by kind and startdatum. */
export function vergelijkMeldingen(eerder: readonly BerekendeMelding[], nu: readonly BerekendeMelding[]): MeldingVerschil {
  const oud = new Map(eerder.map((m) => [meldingSleutel(m), m]));
  const verschil: MeldingVerschil = { nieuw: [], vervallen: [], gewijzigd: [], ongewijzigd: [] };
  for (const melding of nu) {
    const vorige = oud.get(meldingSleutel(melding));
    oud.delete(meldingSleutel(melding));
    if (!vorige) verschil.nieuw.push(melding);
    else if (zelfde(vorige, melding)) verschil.ongewijzigd.push(melding);
    else verschil.gewijzigd.push({ eerder: vorige, nu: melding });
  }
  verschil.vervallen.push(...[...oud.values()].sort(opEinddatum));
  return verschil;
}

const zelfde = (a: BerekendeMelding, b: BerekendeMelding): boolean =>
  a.einddatum === b.einddatum &&
  a.urenGemist === b.urenGemist &&
  a.dagenGemist === b.dagenGemist &&
  a.alleLessenGemist === b.alleLessenGemist &&
  a.verplicht === b.verplicht &&
  a.ontvanger === b.ontvanger;

/**
 * Where the 16-uur count must restart after a record on `gecorrigeerd` changed: after the last reported 16-uur melding
 * that ended before that day. Those meldingen stand: each depends only on records up to its einddatum.
 */
export function telstartNaCorrectie(eerder: readonly BerekendeMelding[], gecorrigeerd: IsoDate): Telstart {
  let laatste: IsoDate | undefined;
  for (const m of eerder) {
    if (m.soort === 'zestien-uur' && m.einddatum < gecorrigeerd && (laatste === undefined || m.einddatum > laatste)) laatste = m.einddatum;
  }
  return laatste === undefined ? {} : { vanaf: addDays(laatste, 1), vorigeEinddatum: laatste };
}

/**
 * Re-evaluation after a correction (a record on `gecorrigeerd` changed or withdrawn), given the corrected history and
 * the meldingen reported so far: the 16-uur rule runs again over the affected window only (from `telstartNaCorrectie`)
 * and is compared with the reported 16-uur meldingen that ended on or after the corrected day; the other kinds are
 * unbroken runs and are evaluated again whole.
 */
export function herbeoordeel(
  historie: AbsentieHistorie,
  leerling: Leerling,
  eerder: readonly BerekendeMelding[],
  gecorrigeerd: IsoDate,
  instellingen: VerzuimInstellingen = STANDAARD_INSTELLINGEN,
): MeldingVerschil {
  const zestien = vergelijkMeldingen(
    eerder.filter((m) => m.soort === 'zestien-uur' && m.einddatum >= gecorrigeerd),
    zestienUur(historie, leerling, instellingen, telstartNaCorrectie(eerder, gecorrigeerd)),
  );
  const overig = vergelijkMeldingen(
    eerder.filter((m) => m.soort !== 'zestien-uur'),
    [
      ...langdurigRelatiefVerzuim(historie, leerling, instellingen),
      ...rmcVerzuim(historie, leerling, instellingen),
      ...luxeVerzuim(historie, leerling, instellingen),
    ],
  );
  return {
    nieuw: [...zestien.nieuw, ...overig.nieuw].sort(opEinddatum),
    vervallen: [...zestien.vervallen, ...overig.vervallen].sort(opEinddatum),
    gewijzigd: [...zestien.gewijzigd, ...overig.gewijzigd],
    ongewijzigd: [...zestien.ongewijzigd, ...overig.ongewijzigd].sort(opEinddatum),
  };
}
