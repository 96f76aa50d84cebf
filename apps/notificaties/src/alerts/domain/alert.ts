import { AlertStatus, AlertUitkomst, EventContext, OntvangerRol, OrganisatieRef } from '@sluitend/contracts';

/** An alert as notificaties keeps it: in one organisation's inbox, for one signal (or escalation). */
export type AlertGegevens = {
  id: string;
  nummer: number;
  signaalType: string;
  ontvanger: OntvangerRol;
  organisatie: { type: OrganisatieRef['type']; code: string };
  status: AlertStatus;
  toegewezenAan: { sub: string; naam: string | null } | null;
  uitkomst: AlertUitkomst | null;
  jongereId: string | null;
  context: EventContext;
  signaal: Record<string, unknown>;
  escalerenOp: Date | null;
  geescaleerdOp: Date | null;
  escalatieVan: string | null;
  aangemaaktOp: Date;
  gewijzigdOp: Date;
  /** The trajecten case that handles this alert's signal (RMC inbox only), when there is one. */
  casusId: string | null;
};

/** A line of an alert's history. */
export type HistorieRegel = {
  actie: string;
  vanStatus: AlertStatus | null;
  naarStatus: AlertStatus;
  door: { sub: string; naam: string };
  toelichting: string | null;
  op: Date;
};
