import { OntvangerRol, OrganisatieRef } from '@sluitend/contracts';

type AlertKern = { id: string; nummer: string | number; signaal_type: string; org_type: string; org_code: string; ontvanger: string };

/** The fields every notificaties.alert.* event carries about its alert. */
export function alertEventBasis(alert: AlertKern) {
  return {
    alertId: alert.id,
    nummer: Number(alert.nummer),
    signaalType: alert.signaal_type,
    organisatie: { type: alert.org_type as OrganisatieRef['type'], code: alert.org_code },
    ontvanger: alert.ontvanger as OntvangerRol,
  };
}
