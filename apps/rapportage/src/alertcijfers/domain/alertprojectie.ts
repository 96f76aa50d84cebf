import type { ParsedEvent } from '@sluitend/contracts';
import { schooljaarOfInstant } from '@sluitend/domain-nl';

/** The notificaties events rapportage projects (libs/contracts, "notificaties.alert.*"). */
export const ALERT_GEBEURTENISTYPEN = [
  'notificaties.alert.aangemaakt',
  'notificaties.alert.opgepakt',
  'notificaties.alert.afgehandeld',
  'notificaties.alert.geescaleerd',
] as const;

export type AlertGebeurtenistype = (typeof ALERT_GEBEURTENISTYPEN)[number];
export type AlertGebeurtenis = ParsedEvent<AlertGebeurtenistype>;

/** What the events of one chunk say about one alert: each event fills its own fields (the rest null). */
export interface Alertrij {
  readonly alertId: string;
  readonly nummer: number;
  readonly signaalType: string;
  readonly organisatieType: string;
  readonly organisatieCode: string;
  readonly ontvanger: string;
  signaalEventId: string | null;
  aangemaaktOp: string | null;
  /** The school year of the creation (Amsterdam day): the year the figures count the alert in. */
  schooljaar: string | null;
  escalerenOp: string | null;
  opgepaktOp: string | null;
  afgehandeldOp: string | null;
  uitkomst: string | null;
  geescaleerdOp: string | null;
}

const eerder = (a: string | null, b: string): string => (a === null || Date.parse(b) < Date.parse(a) ? b : a);

/**
 * One row per alert of the chunk. The first pick-up, handling and escalation count (the earliest instant, as the
 * repository keeps against the stored row), so the result does not depend on the order of delivery.
 */
export function alertrijen(events: readonly AlertGebeurtenis[]): Alertrij[] {
  const rijen = new Map<string, Alertrij>();
  for (const event of events) {
    const p = event.payload;
    let r = rijen.get(p.alertId);
    if (r === undefined) {
      r = {
        alertId: p.alertId,
        nummer: p.nummer,
        signaalType: p.signaalType,
        organisatieType: p.organisatie.type,
        organisatieCode: p.organisatie.code,
        ontvanger: p.ontvanger,
        signaalEventId: null,
        aangemaaktOp: null,
        schooljaar: null,
        escalerenOp: null,
        opgepaktOp: null,
        afgehandeldOp: null,
        uitkomst: null,
        geescaleerdOp: null,
      };
      rijen.set(p.alertId, r);
    }
    switch (event.type) {
      case 'notificaties.alert.aangemaakt': {
        const a = (event as ParsedEvent<'notificaties.alert.aangemaakt'>).payload;
        r.signaalEventId ??= a.signaalEventId;
        if (r.aangemaaktOp === null) {
          r.aangemaaktOp = a.aangemaaktOp;
          r.schooljaar = schooljaarOfInstant(new Date(a.aangemaaktOp));
        }
        r.escalerenOp ??= a.escalerenOp;
        break;
      }
      case 'notificaties.alert.opgepakt':
        r.opgepaktOp = eerder(r.opgepaktOp, (event as ParsedEvent<'notificaties.alert.opgepakt'>).payload.opgepaktOp);
        break;
      case 'notificaties.alert.afgehandeld': {
        const a = (event as ParsedEvent<'notificaties.alert.afgehandeld'>).payload;
        if (r.afgehandeldOp === null || Date.parse(a.afgehandeldOp) < Date.parse(r.afgehandeldOp)) {
          r.afgehandeldOp = a.afgehandeldOp;
          r.uitkomst = a.uitkomst;
        }
        break;
      }
      case 'notificaties.alert.geescaleerd':
        r.geescaleerdOp = eerder(r.geescaleerdOp, (event as ParsedEvent<'notificaties.alert.geescaleerd'>).payload.geescaleerdOp);
        break;
    }
  }
  return [...rijen.values()];
}
