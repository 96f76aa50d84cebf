import { CasusToegangFeiten } from '../../toegang/domain/casus-toegang';
import { huidigeHouder, voorgesteldAan } from './houder';
import { Overdracht } from './warme-overdracht';

/** What access to a case depends on (toegang's table), from the case and its handovers. */
export const casusToegangFeiten = (
  casus: { readonly rmcRegio: string; readonly open: boolean },
  overdrachten: readonly Overdracht[],
): CasusToegangFeiten => ({
  rmcRegio: casus.rmcRegio,
  open: casus.open,
  houder: huidigeHouder(casus.rmcRegio, overdrachten),
  voorgesteldAan: voorgesteldAan(overdrachten),
});
