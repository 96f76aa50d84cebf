import type { OverdrachtView } from '@sluitend/contracts';
import { OpgeslagenOverdracht } from '../../database/overdrachten.repository';

export const overdrachtView = (o: OpgeslagenOverdracht): OverdrachtView => ({
  id: o.id,
  casusId: o.casusId,
  van: { type: o.van.type, code: o.van.code },
  naar: { type: o.naar.type, code: o.naar.code },
  route: o.route ?? null,
  status: o.status,
  voorgesteldOp: o.voorgesteldOp.toISOString(),
  geaccepteerdOp: o.geaccepteerdOp?.toISOString() ?? null,
  gesprek: o.gesprek ? { vorm: o.gesprek.vorm, op: o.gesprek.op.toISOString() } : null,
  beeindigdOp: o.beeindigdOp?.toISOString() ?? null,
  reden: o.reden ?? null,
  escalatieOp: o.escalatieOp.toISOString(),
  geescaleerdOp: o.geescaleerdOp?.toISOString() ?? null,
});
