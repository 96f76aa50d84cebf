import { moment } from '../../doorlooptijden/domain/doorlooptijd';
import { MeldingGeregistreerd, Meldingstatus, Verzuimgebeurtenis, ZiekteverzuimZorgwekkend } from './verzuimgebeurtenis';

/** One melding as the events leave it. Times in epoch milliseconds. */
export interface Meldingstand {
  readonly melding: MeldingGeregistreerd;
  status: Meldingstatus;
  readonly geregistreerdMs: number;
  /** The first time the behandelaar acted: in behandeling, ter kennisgeving aangenomen or afgesloten. Null: not yet. */
  eersteBehandelingMs: number | null;
  /** When it reached a final status (afgesloten, ter kennisgeving aangenomen, ingetrokken). Null: still open. */
  eindeMs: number | null;
}

export interface Verzuimstand {
  readonly meldingen: Map<string, Meldingstand>;
  readonly ziekteverzuim: ZiekteverzuimZorgwekkend[];
  /** Status changes of meldingen not (yet) registered: counted, not guessed at (ordering is per melding in Kafka). */
  wezen: number;
}

const BEHANDELD: ReadonlySet<Meldingstatus> = new Set(['in-behandeling', 'afgesloten', 'ter-kennisgeving-aangenomen']);
const EIND: ReadonlySet<Meldingstatus> = new Set(['afgesloten', 'ter-kennisgeving-aangenomen', 'ingetrokken']);

export function legeVerzuimstand(): Verzuimstand {
  return { meldingen: new Map(), ziekteverzuim: [], wezen: 0 };
}

/**
 * Folds verzuim events into the current state of every melding, one event at a time (a projection calls it per
 * event; a rebuild replays them all): O(1) per event. A repeated registration changes nothing.
 */
export function verwerkVerzuim(stand: Verzuimstand, gebeurtenis: Verzuimgebeurtenis): void {
  switch (gebeurtenis.type) {
    case 'verzuim.melding.geregistreerd': {
      if (stand.meldingen.has(gebeurtenis.meldingId)) return;
      stand.meldingen.set(gebeurtenis.meldingId, {
        melding: gebeurtenis,
        status: 'geregistreerd',
        geregistreerdMs: moment(gebeurtenis.geregistreerdOp, 'geregistreerdOp'),
        eersteBehandelingMs: null,
        eindeMs: null,
      });
      return;
    }
    case 'verzuim.melding.status-gewijzigd': {
      const melding = stand.meldingen.get(gebeurtenis.meldingId);
      if (melding === undefined) {
        stand.wezen++;
        return;
      }
      const ms = moment(gebeurtenis.gewijzigdOp, 'gewijzigdOp');
      melding.status = gebeurtenis.naar;
      if (melding.eersteBehandelingMs === null && BEHANDELD.has(gebeurtenis.naar)) melding.eersteBehandelingMs = ms;
      if (melding.eindeMs === null && EIND.has(gebeurtenis.naar)) melding.eindeMs = ms;
      return;
    }
    case 'verzuim.ziekteverzuim.zorgwekkend':
      stand.ziekteverzuim.push(gebeurtenis);
      return;
  }
}

export function verzuimstand(gebeurtenissen: Iterable<Verzuimgebeurtenis>): Verzuimstand {
  const stand = legeVerzuimstand();
  for (const gebeurtenis of gebeurtenissen) verwerkVerzuim(stand, gebeurtenis);
  return stand;
}
