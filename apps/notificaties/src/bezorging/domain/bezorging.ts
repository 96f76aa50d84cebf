import { OrganisatieRef } from '@sluitend/contracts';

export type Kanaal = 'email' | 'webhook';
/** What a delivery is about: one new alert, one escalation, or the daily digest of an organisation. */
export type BezorgSoort = 'alert' | 'escalatie' | 'digest';

/** A delivery as the sender claims it. */
export type Bezorging = {
  id: string;
  kanaal: Kanaal;
  soort: BezorgSoort;
  organisatie: { type: OrganisatieRef['type']; code: string };
  alertIds: string[];
  /** This attempt's number (the claim counts it). */
  pogingen: number;
};

/** How an attempt ended. `geparkeerd`: not attempted because the webhook is disabled; waits for re-enabling. */
export type Uitkomst = { gelukt: boolean; httpStatus?: number; fout?: string; geparkeerd?: boolean };

/** An alert as a delivery names it: its number, type and link, and for an escalation the alert it escalates. */
export type BezorgdeAlert = { id: string; nummer: number; signaalType: string; link: string; escalatie?: { nummer: number; organisatie: string } };
