import type { NazorgcontroleView } from '@sluitend/contracts';
import { Nazorgcontrole } from '../../database/nazorg.repository';

export const nazorgcontroleView = (c: Nazorgcontrole, casusregisseur: { sub: string; naam: string } | null): NazorgcontroleView => ({
  casusId: c.casusId,
  rmcRegio: c.rmcRegio,
  vanaf: c.vanaf.toISOString(),
  dueAt: c.dueAt.toISOString(),
  gevuurdOp: c.gevuurdOp?.toISOString() ?? null,
  casusregisseur: casusregisseur ? { sub: casusregisseur.sub, naam: casusregisseur.naam } : null,
  resultaat: c.resultaat,
  toelichting: c.toelichting,
  vastgelegdOp: c.vastgelegdOp?.toISOString() ?? null,
});
