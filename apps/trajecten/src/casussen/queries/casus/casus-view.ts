import type { CasusView } from '@sluitend/contracts';
import type { Casus } from '../../database/casussen.repository';
import { toegestaneStappen } from '../../domain/casus-status';

/** A case as the API answers it: ISO times and the steps it may take now. */
export const casusView = (casus: Casus): CasusView => ({
  id: casus.id,
  rmcRegio: casus.rmcRegio,
  jongereId: casus.jongereId,
  status: casus.status,
  aanleiding: casus.aanleiding,
  handmatigeAanleiding: casus.handmatigeAanleiding,
  casusregisseur: casus.casusregisseur,
  uitkomst: casus.uitkomst ? { ...casus.uitkomst } : null,
  geopendOp: casus.geopendOp.toISOString(),
  gewijzigdOp: casus.gewijzigdOp.toISOString(),
  afgeslotenOp: casus.afgeslotenOp?.toISOString() ?? null,
  toegestaneStappen: toegestaneStappen(casus.status).map((stap) => stap.actie),
});
