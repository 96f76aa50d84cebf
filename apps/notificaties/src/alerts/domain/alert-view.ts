import { Alert, AlertMetHistorie } from '@sluitend/contracts';
import { AlertGegevens, HistorieRegel } from './alert';

const iso = (value: Date | null): string | null => value?.toISOString() ?? null;

/** An alert as the inbox API shows it: codes and pseudonymous ids, never a BSN or a name of the student. */
export function alertView(alert: AlertGegevens): Alert {
  return {
    id: alert.id,
    nummer: alert.nummer,
    signaalType: alert.signaalType,
    ontvanger: alert.ontvanger,
    organisatie: alert.organisatie,
    status: alert.status,
    toegewezenAan: alert.toegewezenAan,
    uitkomst: alert.uitkomst,
    jongereId: alert.jongereId,
    context: alert.context,
    signaal: alert.signaal,
    escalerenOp: iso(alert.escalerenOp),
    geescaleerdOp: iso(alert.geescaleerdOp),
    escalatieVan: alert.escalatieVan,
    aangemaaktOp: alert.aangemaaktOp.toISOString(),
    gewijzigdOp: alert.gewijzigdOp.toISOString(),
    casusId: alert.casusId,
  };
}

/** An alert with its history, oldest line first. */
export function alertMetHistorieView(alert: AlertGegevens, historie: readonly HistorieRegel[]): AlertMetHistorie {
  return { ...alertView(alert), historie: historie.map((regel) => ({ ...regel, op: regel.op.toISOString() })) };
}
