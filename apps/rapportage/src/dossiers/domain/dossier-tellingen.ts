import type { DossierTellingen } from '@sluitend/contracts';
import { rmcRegioVanCode } from '@sluitend/domain-nl';

export type AantalPerSchool = { brin: string; vestiging: string; aantal: number };
export type AantalPerRmcRegio = { rmcRegio: string | null; aantal: number };

/** The answer of the counts: the total is the sum over the vestigingen; each RMC-regio gets its name. */
export function dossierTellingen(schooljaar: string, perSchool: AantalPerSchool[], perRmcRegio: AantalPerRmcRegio[]): DossierTellingen {
  return {
    schooljaar,
    totaal: perSchool.reduce((som, rij) => som + rij.aantal, 0),
    perSchool: perSchool.map(({ brin, vestiging, aantal }) => ({ brin, vestiging, aantal })),
    perRmcRegio: perRmcRegio.map(({ rmcRegio, aantal }) => ({
      rmcRegio,
      naam: rmcRegio ? (rmcRegioVanCode(rmcRegio)?.naam ?? null) : null,
      aantal,
    })),
  };
}
