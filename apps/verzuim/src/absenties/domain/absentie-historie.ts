import { Kalender } from '../../kalenders/domain/kalender';
import { VerzuimFout } from '../../shared/verzuim-fout';
import { AbsentieDag, MAX_LESUREN_PER_DAG, controleerAbsentieDag, isLeeg } from './absentie-dag';

/** Hours are counted in hundredths, as integers, so that 0.1 + 0.2 hours never miss a threshold. */
export const HONDERDSTEN = 100;

export const naarHonderdsten = (uren: number): number => Math.round(uren * HONDERDSTEN);

/**
 * A student's absence at one school, checked against the school's calendar and laid out for the rules: one entry per
 * lesdag with a record, in date order, as flat typed arrays (no object per record in the rules' loops).
 */
export interface AbsentieHistorie {
  readonly kalender: Kalender;
  readonly aantal: number;
  /** Per record: its day number in the calendar (always a lesdag). */
  readonly dag: Int32Array;
  /** Per record: hundredths of an hour. */
  readonly ongeoorloofd: Int32Array;
  readonly ziek: Int32Array;
  /** Verlof plus schorsing. */
  readonly geoorloofd: Int32Array;
  readonly teLaat: Int32Array;
  readonly uitgestuurd: Int32Array;
  /** Per record: 1 when every lesson of the day was missed. */
  readonly alleLessenGemist: Uint8Array;
}

/**
 * Checks every record (the first problem → `ABSENTIE_ONGELDIG`, `KALENDER_ONBEKEND` or `GEEN_LESDAG`; two records
 * for one date → `ABSENTIE_DUBBEL`), drops records that say nothing, and orders the rest by date. Linear when the
 * records arrive in date order, as a school's export does.
 */
export function ordenHistorie(kalender: Kalender, dagen: readonly AbsentieDag[]): AbsentieHistorie {
  let gesorteerd = true;
  for (let i = 1; i < dagen.length && gesorteerd; i++) gesorteerd = dagen[i - 1].datum <= dagen[i].datum;
  const bron = gesorteerd ? dagen : [...dagen].sort((a, b) => (a.datum < b.datum ? -1 : a.datum > b.datum ? 1 : 0));
  let aantal = 0;
  for (const dag of bron) if (!isLeeg(dag)) aantal++;
  const historie = {
    kalender,
    aantal,
    dag: new Int32Array(aantal),
    ongeoorloofd: new Int32Array(aantal),
    ziek: new Int32Array(aantal),
    geoorloofd: new Int32Array(aantal),
    teLaat: new Int32Array(aantal),
    uitgestuurd: new Int32Array(aantal),
    alleLessenGemist: new Uint8Array(aantal),
  };
  let i = 0;
  let vorige = '';
  for (const dag of bron) {
    const probleem = snelGeldig(dag, kalender) ? undefined : controleerAbsentieDag(dag, kalender)[0];
    if (probleem) {
      const code = probleem.regel === 'kalender' ? 'KALENDER_ONBEKEND' : probleem.regel === 'lesdag' ? 'GEEN_LESDAG' : 'ABSENTIE_ONGELDIG';
      throw new VerzuimFout(code, `Absentie op ${String(dag.datum)}: ${probleem.melding}`, probleem.veld);
    }
    if (dag.datum === vorige) throw new VerzuimFout('ABSENTIE_DUBBEL', `Twee absenties op ${dag.datum}`, 'datum');
    vorige = dag.datum;
    if (isLeeg(dag)) continue;
    historie.dag[i] = kalender.dag(dag.datum);
    historie.ongeoorloofd[i] = naarHonderdsten(dag.ongeoorloofd ?? 0);
    historie.ziek[i] = naarHonderdsten(dag.ziek ?? 0);
    historie.geoorloofd[i] = naarHonderdsten((dag.verlof ?? 0) + (dag.schorsing ?? 0));
    historie.teLaat[i] = dag.teLaat ?? 0;
    historie.uitgestuurd[i] = dag.uitgestuurd ?? 0;
    historie.alleLessenGemist[i] = dag.alleLessenGemist === true ? 1 : 0;
    i++;
  }
  return historie;
}

const uren = (waarde: number | undefined): boolean =>
  waarde === undefined || (typeof waarde === 'number' && waarde >= 0 && waarde <= MAX_LESUREN_PER_DAG);
const keren = (waarde: number | undefined): boolean => waarde === undefined || (Number.isInteger(waarde) && waarde >= 0);

/** The usual record, checked without allocating; anything else goes through `controleerAbsentieDag` for its problem. */
function snelGeldig(dag: AbsentieDag, kalender: Kalender): boolean {
  const d = kalender.zoekDag(dag.datum);
  if (d < 0 || !uren(dag.ongeoorloofd) || !uren(dag.ziek) || !uren(dag.verlof) || !uren(dag.schorsing)) return false;
  if (!keren(dag.teLaat) || !keren(dag.uitgestuurd)) return false;
  const totaal = (dag.ongeoorloofd ?? 0) + (dag.ziek ?? 0) + (dag.verlof ?? 0) + (dag.schorsing ?? 0);
  if (totaal > MAX_LESUREN_PER_DAG || (dag.alleLessenGemist === true && totaal === 0)) return false;
  return kalender.isLesdag[d] === 1 || isLeeg(dag);
}
