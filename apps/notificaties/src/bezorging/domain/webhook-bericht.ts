import { BezorgdeAlert, Bezorging } from './bezorging';

/** The body of a webhook call: the delivery, the organisation and each alert's number, type and link — no personal data. */
export function webhookBericht(bezorging: Bezorging, alerts: readonly BezorgdeAlert[]): string {
  return JSON.stringify({
    bezorgingId: bezorging.id,
    soort: bezorging.soort,
    organisatie: bezorging.organisatie,
    alerts: alerts.map(({ id, nummer, signaalType, link, escalatie }) => ({
      alertId: id,
      nummer,
      signaalType,
      link,
      ...(escalatie ? { escalatieVan: escalatie.nummer } : {}),
    })),
  });
}
