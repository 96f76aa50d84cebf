import type { BenaderrondeView, RondeDeelnemerView } from '@sluitend/contracts';
import { telRonde } from '../../../contacten/domain/benaderronde';
import { OpgeslagenDeelnemer, OpgeslagenRonde } from '../../database/benaderrondes.repository';

export const rondeDeelnemerView = (d: OpgeslagenDeelnemer): RondeDeelnemerView => ({
  casusId: d.casusId,
  reactie: d.reactie,
  inBeeld: d.inBeeld,
  overgedragenAan: d.overgedragenAan ?? null,
  gewijzigdOp: d.gewijzigdOp.toISOString(),
});

/** A round with its totals (telRonde), and its participants when asked. */
export const benaderrondeView = (ronde: OpgeslagenRonde, deelnemers: readonly OpgeslagenDeelnemer[], metDeelnemers: boolean): BenaderrondeView => ({
  id: ronde.id,
  rmcRegio: ronde.rmcRegio,
  naam: ronde.naam,
  duoLijstId: ronde.duoLijstId,
  gestartOp: ronde.gestartOp.toISOString(),
  afgeslotenOp: ronde.afgeslotenOp ? ronde.afgeslotenOp.toISOString() : null,
  telling: telRonde(deelnemers),
  ...(metDeelnemers ? { deelnemers: deelnemers.map(rondeDeelnemerView) } : {}),
});
