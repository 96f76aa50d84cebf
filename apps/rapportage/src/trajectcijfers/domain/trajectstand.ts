import { moment } from '../../doorlooptijden/domain/doorlooptijd';
import { ProgrammaResultaat, TrajectGeopend, Trajectgebeurtenis, Uitkomst } from './trajectgebeurtenis';

export interface Programmadeelname {
  readonly gestartMs: number;
  resultaat: ProgrammaResultaat | null;
}

/** One case as the events leave it. Times in epoch milliseconds. */
export interface Trajectstand {
  readonly geopend: TrajectGeopend;
  readonly signaalMs: number;
  eersteContactMs: number | null;
  intakeMs: number | null;
  casusregisseur: string | null;
  afgeslotenMs: number | null;
  uitkomst: Uitkomst | null;
  readonly programmas: Map<string, Programmadeelname>;
}

export interface Trajectenstand {
  readonly trajecten: Map<string, Trajectstand>;
  /** Events of cases not (yet) opened: counted, not guessed at. */
  wezen: number;
}

export function legeTrajectenstand(): Trajectenstand {
  return { trajecten: new Map(), wezen: 0 };
}

/** Folds one event into the state (O(1)); a projection calls it per event, a rebuild replays them all. */
export function verwerkTraject(stand: Trajectenstand, gebeurtenis: Trajectgebeurtenis): void {
  if (gebeurtenis.type === 'trajecten.traject.geopend') {
    if (stand.trajecten.has(gebeurtenis.trajectId)) return;
    stand.trajecten.set(gebeurtenis.trajectId, {
      geopend: gebeurtenis,
      signaalMs: moment(gebeurtenis.signaalOp, 'signaalOp'),
      eersteContactMs: null,
      intakeMs: null,
      casusregisseur: null,
      afgeslotenMs: null,
      uitkomst: null,
      programmas: new Map(),
    });
    return;
  }
  const traject = stand.trajecten.get(gebeurtenis.trajectId);
  if (traject === undefined) {
    stand.wezen++;
    return;
  }
  switch (gebeurtenis.type) {
    case 'trajecten.contact.gelegd': {
      const ms = moment(gebeurtenis.op, 'op');
      if (traject.eersteContactMs === null || ms < traject.eersteContactMs) traject.eersteContactMs = ms;
      return;
    }
    case 'trajecten.intake.gehouden': {
      const ms = moment(gebeurtenis.op, 'op');
      if (traject.intakeMs === null || ms < traject.intakeMs) traject.intakeMs = ms;
      return;
    }
    case 'trajecten.casusregisseur.toegewezen':
      traject.casusregisseur = gebeurtenis.medewerkerId;
      return;
    case 'trajecten.traject.afgesloten':
      traject.afgeslotenMs = moment(gebeurtenis.op, 'op');
      traject.uitkomst = gebeurtenis.uitkomst;
      return;
    case 'trajecten.programma.gestart':
      if (!traject.programmas.has(gebeurtenis.programma)) {
        traject.programmas.set(gebeurtenis.programma, { gestartMs: moment(gebeurtenis.op, 'op'), resultaat: null });
      }
      return;
    case 'trajecten.programma.beeindigd': {
      const deelname = traject.programmas.get(gebeurtenis.programma);
      if (deelname !== undefined) deelname.resultaat = gebeurtenis.resultaat;
      return;
    }
  }
}

export function trajectenstand(gebeurtenissen: Iterable<Trajectgebeurtenis>): Trajectenstand {
  const stand = legeTrajectenstand();
  for (const gebeurtenis of gebeurtenissen) verwerkTraject(stand, gebeurtenis);
  return stand;
}
