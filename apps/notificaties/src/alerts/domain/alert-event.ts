import { OntvangerRol, OrganisatieRef } from '@sluitend/contracts';

/** What every notificaties.alert.* event says about its alert. */
export type AlertKern = {
  id: string;
  nummer: number;
  signaalType: string;
  organisatie: { type: OrganisatieRef['type']; code: string };
  ontvanger: OntvangerRol;
};

/** The fields every notificaties.alert.* event carries about its alert. */
export function alertEventBasis(alert: AlertKern) {
  return {
    alertId: alert.id,
    nummer: alert.nummer,
    signaalType: alert.signaalType,
    organisatie: { type: alert.organisatie.type, code: alert.organisatie.code },
    ontvanger: alert.ontvanger,
  };
}
