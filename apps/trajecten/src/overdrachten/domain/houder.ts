import { OrganisatieRef, rmcVanRegio } from '../../shared/organisatie';
import { Overdracht } from './warme-overdracht';

/**
 * Who holds a case now: the receiver of the latest accepted handover that was not handed back, else the RMC of the
 * case's region. Handing back returns the case to whoever held it before (a partner that passed it on gets it back,
 * the RMC in the end). One pass.
 */
export function huidigeHouder(rmcRegio: string, overdrachten: readonly Overdracht[]): OrganisatieRef {
  let laatste: Overdracht | undefined;
  for (const o of overdrachten) {
    if (o.status === 'geaccepteerd' && o.geaccepteerdOp && (!laatste?.geaccepteerdOp || o.geaccepteerdOp >= laatste.geaccepteerdOp)) laatste = o;
  }
  return laatste ? laatste.naar : rmcVanRegio(rmcRegio);
}

/** The organisations a handover of the case is proposed to and waits for (they may look at the proposal). */
export function voorgesteldAan(overdrachten: readonly Overdracht[]): OrganisatieRef[] {
  return overdrachten.filter((o) => o.status === 'voorgesteld').map((o) => o.naar);
}
