import type { TrajectplanView } from '@sluitend/contracts';
import { OpgeslagenTrajectplan } from '../../database/trajectplannen.repository';

/** A stored plan as the API shows it (its version is also the ETag). */
export const trajectplanView = (p: OpgeslagenTrajectplan): TrajectplanView => ({
  id: p.id,
  casusId: p.casusId,
  versie: p.versie,
  status: p.status,
  ...p.opgeslagenInhoud,
  historie: p.historie.map((h) => ({ versie: h.versie, op: h.op.toISOString(), door: h.door, wijzigingen: [...h.wijzigingen] })),
});
