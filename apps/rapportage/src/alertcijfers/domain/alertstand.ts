import { EventPayload } from '@sluitend/contracts';
import { moment } from '../../doorlooptijden/domain/doorlooptijd';

/**
 * The alert events notificaties publishes (libs/contracts, "notificaties.alert.*"), as `{ type, payload }` — a parsed
 * event from the inbox fits as is.
 */
export type Alertgebeurtenis =
  | { readonly type: 'notificaties.alert.aangemaakt'; readonly payload: EventPayload<'notificaties.alert.aangemaakt'> }
  | { readonly type: 'notificaties.alert.opgepakt'; readonly payload: EventPayload<'notificaties.alert.opgepakt'> }
  | { readonly type: 'notificaties.alert.afgehandeld'; readonly payload: EventPayload<'notificaties.alert.afgehandeld'> }
  | { readonly type: 'notificaties.alert.geescaleerd'; readonly payload: EventPayload<'notificaties.alert.geescaleerd'> };

/** One alert as the events leave it. Times in epoch milliseconds. */
export interface Alertstand {
  readonly aangemaakt: EventPayload<'notificaties.alert.aangemaakt'>;
  /** `type:code` of the organisation, made once (figures group by it). */
  readonly organisatie: string;
  readonly aangemaaktMs: number;
  opgepaktMs: number | null;
  afgehandeldMs: number | null;
  geescaleerd: boolean;
}

export interface Alertenstand {
  readonly alerts: Map<string, Alertstand>;
  /** Events of alerts not (yet) created: counted, not guessed at. */
  wezen: number;
}

export function legeAlertenstand(): Alertenstand {
  return { alerts: new Map(), wezen: 0 };
}

/** Folds one event (O(1)); repeated events change nothing. */
export function verwerkAlert(stand: Alertenstand, gebeurtenis: Alertgebeurtenis): void {
  if (gebeurtenis.type === 'notificaties.alert.aangemaakt') {
    const { payload } = gebeurtenis;
    if (stand.alerts.has(payload.alertId)) return;
    stand.alerts.set(payload.alertId, {
      aangemaakt: payload,
      organisatie: `${payload.organisatie.type}:${payload.organisatie.code}`,
      aangemaaktMs: moment(payload.aangemaaktOp, 'aangemaaktOp'),
      opgepaktMs: null,
      afgehandeldMs: null,
      geescaleerd: false,
    });
    return;
  }
  const alert = stand.alerts.get(gebeurtenis.payload.alertId);
  if (alert === undefined) {
    stand.wezen++;
    return;
  }
  switch (gebeurtenis.type) {
    case 'notificaties.alert.opgepakt':
      if (alert.opgepaktMs === null) alert.opgepaktMs = moment(gebeurtenis.payload.opgepaktOp, 'opgepaktOp');
      return;
    case 'notificaties.alert.afgehandeld':
      if (alert.afgehandeldMs === null) alert.afgehandeldMs = moment(gebeurtenis.payload.afgehandeldOp, 'afgehandeldOp');
      return;
    case 'notificaties.alert.geescaleerd':
      alert.geescaleerd = true;
      return;
  }
}

export function alertenstand(gebeurtenissen: Iterable<Alertgebeurtenis>): Alertenstand {
  const stand = legeAlertenstand();
  for (const gebeurtenis of gebeurtenissen) verwerkAlert(stand, gebeurtenis);
  return stand;
}
