import type { DeelnameView, ProgrammaView } from '@sluitend/contracts';
import { OpgeslagenDeelname, OpgeslagenProgramma } from '../../database/programmas.repository';
import { resultatenOverzicht } from '../../domain/programma-resultaten';

/** A stored programme with the results of its participations, as the API answers it. */
export const programmaView = (programma: OpgeslagenProgramma, deelnames: readonly OpgeslagenDeelname[]): ProgrammaView => {
  const resultaten = resultatenOverzicht(deelnames);
  return {
    id: programma.id,
    rmcRegio: programma.rmcRegio,
    naam: programma.naam,
    capaciteit: programma.capaciteit ?? null,
    startdatum: programma.startdatum,
    einddatum: programma.einddatum ?? null,
    aangemaaktOp: programma.aangemaaktOp.toISOString(),
    resultaten: { deelnemers: resultaten.deelnemers, lopend: resultaten.lopend, perResultaat: { ...resultaten.perResultaat } },
  };
};

export const deelnameView = (d: OpgeslagenDeelname): DeelnameView => ({
  programmaId: d.programmaId,
  casusId: d.casusId,
  aangemeldOp: d.aangemeldOp,
  afgemeldOp: d.afgemeldOp ?? null,
  resultaat: d.resultaat ?? null,
  toelichting: d.toelichting ?? null,
});
