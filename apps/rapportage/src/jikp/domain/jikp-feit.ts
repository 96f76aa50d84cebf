import { IsoDate, Schooljaar } from '@sluitend/domain-nl';

/** The school backgrounds that make a young person JiKP (DOMAIN.md "Ages and duties"; seed 002 "Toelichting"). */
export const JIKP_ACHTERGRONDEN = [
  { code: 'pro', label: 'praktijkonderwijs' },
  { code: 'vso', label: 'voortgezet speciaal onderwijs' },
  { code: 'vmbo-bb', label: 'vmbo basisberoepsgerichte leerweg' },
  { code: 'entree', label: 'entree (mbo niveau 1)' },
] as const;

export type JikpAchtergrond = (typeof JIKP_ACHTERGRONDEN)[number]['code'];

export const ACHTERGROND_INDEX: Readonly<Record<JikpAchtergrond, number>> = { pro: 0, vso: 1, 'vmbo-bb': 2, entree: 3 };

/** Participation on the peildatum: the routes onderwijs, arbeid, dagbesteding, or none of them (seed 002, "O-A-D"). */
export const PARTICIPATIES = [
  { code: 'onderwijs', label: 'onderwijs' },
  { code: 'arbeid', label: 'arbeid' },
  { code: 'dagbesteding', label: 'dagbesteding' },
  { code: 'geen', label: 'geen participatie (O-A-D)' },
] as const;

export type Participatie = (typeof PARTICIPATIES)[number]['code'];

export const PARTICIPATIE_INDEX: Readonly<Record<Participatie, number>> = { onderwijs: 0, arbeid: 1, dagbesteding: 2, geen: 3 };

/**
 * What rapportage knows about one young person the RMC follows, on one peildatum, as the projections fill it from the
 * schools' leaver data (pro/vso uitstroom, entree), DUO (VSV, startkwalificatie) and the RMC's own registration
 * (participation, income band). The date of birth serves the age rules only and stays inside rapportage.
 */
export interface Jikpfeit {
  readonly jongereId: string;
  readonly geboortedatum: IsoDate;
  /** CBS code of the woongemeente. */
  readonly woongemeente: string;
  /** The last of pro, vso, vmbo-bb or entree attended; null when none of them. */
  readonly achtergrond: JikpAchtergrond | null;
  /** The day the first startkwalificatie was obtained; null when none. */
  readonly startkwalificatieOp: IsoDate | null;
  /** The school year the young person left pro, vso, vmbo-bb or entree; null when still there (or never there). */
  readonly uitgestroomdIn: Schooljaar | null;
  /** The school year the young person became a voortijdig schoolverlater; null when never. */
  readonly vsvSinds: Schooljaar | null;
  readonly participatie: Participatie;
  /** Monthly income from work, in euros, when working and known. */
  readonly inkomenPerMaand: number | null;
}
