import type { MELDING_STATUSSEN } from '@sluitend/contracts';

type MeldingStatus = (typeof MELDING_STATUSSEN)[number];

/**
 * The DUO statuses in which a verzuimmelding needs nothing more from anyone: its alerts close (geen-actie-nodig) when
 * verzuim reports the melding moved there. In behandeling is not one of them: the leerplichtambtenaar works on it.
 * With the words of the alert's history line ("De verzuimmelding is … in de verzuimregistratie.").
 */
export const MELDING_AFGEROND = {
  afgesloten: 'afgesloten',
  'ter-kennisgeving-aangenomen': 'ter kennisgeving aangenomen',
  ingetrokken: 'ingetrokken',
} as const satisfies Partial<Record<MeldingStatus, string>>;

export type MeldingAfgerond = keyof typeof MELDING_AFGEROND;

export const meldingAfgerond = (status: MeldingStatus): status is MeldingAfgerond => Object.hasOwn(MELDING_AFGEROND, status);
