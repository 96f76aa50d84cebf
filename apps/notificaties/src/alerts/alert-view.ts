import { AlertStatus, AlertUitkomst, OntvangerRol, OrganisatieRef } from '@sluitend/contracts';

export type AlertRij = {
  id: string;
  nummer: string;
  signaal_type: string;
  ontvanger: OntvangerRol;
  org_type: OrganisatieRef['type'];
  org_code: string;
  status: AlertStatus;
  toegewezen_sub: string | null;
  toegewezen_naam: string | null;
  uitkomst: AlertUitkomst | null;
  jongere_id: string | null;
  context: Record<string, unknown>;
  signaal: Record<string, unknown>;
  escaleren_op: Date | null;
  geescaleerd_op: Date | null;
  escalatie_van: string | null;
  aangemaakt_op: Date;
  gewijzigd_op: Date;
};

export const ALERT_KOLOMMEN = `id, nummer, signaal_type, ontvanger, org_type, org_code, status, toegewezen_sub, toegewezen_naam, uitkomst,
  jongere_id, context, signaal, escaleren_op, geescaleerd_op, escalatie_van, aangemaakt_op, gewijzigd_op`;

const iso = (value: Date | null) => (value ? new Date(value).toISOString() : null);

/** An alert as the inbox API shows it: codes and pseudonymous ids, never a BSN or a name of the student. */
export function alertView(row: AlertRij) {
  return {
    id: row.id,
    nummer: Number(row.nummer),
    signaalType: row.signaal_type,
    ontvanger: row.ontvanger,
    organisatie: { type: row.org_type, code: row.org_code },
    status: row.status,
    toegewezenAan: row.toegewezen_sub ? { sub: row.toegewezen_sub, naam: row.toegewezen_naam } : null,
    uitkomst: row.uitkomst,
    jongereId: row.jongere_id,
    context: row.context,
    signaal: row.signaal,
    escalerenOp: iso(row.escaleren_op),
    geescaleerdOp: iso(row.geescaleerd_op),
    escalatieVan: row.escalatie_van,
    aangemaaktOp: iso(row.aangemaakt_op),
    gewijzigdOp: iso(row.gewijzigd_op),
  };
}
export type AlertView = ReturnType<typeof alertView>;
