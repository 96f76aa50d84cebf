import { VerzuimFout } from '../../shared/verzuim-fout';

/** DUO's statuses of a verzuimmelding since 12 August 2020 (DOMAIN.md "Verzuim"). */
export type MeldingStatus = 'geregistreerd' | 'in-behandeling' | 'afgesloten' | 'ter-kennisgeving-aangenomen' | 'ingetrokken';

/** The school files and withdraws; the behandelaar (leerplichtambtenaar of the woongemeente, or the RMC) handles. */
export type MeldingRol = 'school' | 'behandelaar';

export type MeldingActie = 'in-behandeling-nemen' | 'ter-kennisgeving-aannemen' | 'afsluiten' | 'intrekken';

/** DUO's seven reasons to close a melding (Besluit verzuimmelding, bijlage). */
export type Sluitreden =
  | 'terug-naar-school'
  | 'inschrijving-beeindigd-andere-opleiding'
  | 'inschrijving-beeindigd-werk'
  | 'inschrijving-beeindigd-overig'
  | 'inschrijving-beeindigd-overleden'
  | 'geen-verzuim-langdurig-ziek'
  | 'geen-verzuim-legitiem-afwezig';

export const SLUITREDENEN: readonly Sluitreden[] = [
  'terug-naar-school',
  'inschrijving-beeindigd-andere-opleiding',
  'inschrijving-beeindigd-werk',
  'inschrijving-beeindigd-overig',
  'inschrijving-beeindigd-overleden',
  'geen-verzuim-langdurig-ziek',
  'geen-verzuim-legitiem-afwezig',
];

export interface MeldingStap {
  readonly actie: MeldingActie;
  readonly door: MeldingRol;
  readonly naar: MeldingStatus;
}

/**
 * The transition table: geregistreerd (school) → in behandeling → afgesloten (with a closing reason and a note);
 * or ter kennisgeving aangenomen (behandelaar); or ingetrokken (school). Our choice: a school withdraws only what
 * nobody handles yet; once in behandeling, a melding that was no verzuim is closed as "geen verzuim".
 */
export const MELDING_OVERGANGEN: Readonly<Record<MeldingStatus, readonly MeldingStap[]>> = {
  geregistreerd: [
    { actie: 'in-behandeling-nemen', door: 'behandelaar', naar: 'in-behandeling' },
    { actie: 'ter-kennisgeving-aannemen', door: 'behandelaar', naar: 'ter-kennisgeving-aangenomen' },
    { actie: 'intrekken', door: 'school', naar: 'ingetrokken' },
  ],
  'in-behandeling': [
    { actie: 'afsluiten', door: 'behandelaar', naar: 'afgesloten' },
    { actie: 'ter-kennisgeving-aannemen', door: 'behandelaar', naar: 'ter-kennisgeving-aangenomen' },
  ],
  afgesloten: [],
  'ter-kennisgeving-aangenomen': [],
  ingetrokken: [],
};

/** The steps open from a status, for a role when given. */
export function toegestaneStappen(status: MeldingStatus, rol?: MeldingRol): readonly MeldingStap[] {
  const stappen = MELDING_OVERGANGEN[status];
  return rol === undefined ? stappen : stappen.filter((stap) => stap.door === rol);
}

export interface Afsluiting {
  readonly sluitreden: Sluitreden;
  readonly toelichting?: string;
}

/**
 * The status after `actie` by `rol`; `OVERGANG_NIET_TOEGESTAAN` when the table does not allow it, and
 * `SLUITREDEN_VEREIST` when closing without one of DUO's reasons.
 */
export function volgendeStatus(status: MeldingStatus, actie: MeldingActie, rol: MeldingRol, afsluiting?: Afsluiting): MeldingStatus {
  const stap = MELDING_OVERGANGEN[status].find((s) => s.actie === actie && s.door === rol);
  if (!stap) {
    throw new VerzuimFout('OVERGANG_NIET_TOEGESTAAN', `Een melding met status ${status} kan niet "${actie}" door ${rol}`, 'actie');
  }
  if (actie === 'afsluiten' && (!afsluiting || !SLUITREDENEN.includes(afsluiting.sluitreden))) {
    throw new VerzuimFout('SLUITREDEN_VEREIST', `Afsluiten vraagt een van DUO's redenen: ${SLUITREDENEN.join(', ')}`, 'sluitreden');
  }
  return stap.naar;
}

/**
 * What happens to a reported melding that a correction made void (`vervallen` of a re-evaluation): withdrawn by the
 * school while nobody handles it, closed as "geen verzuim – legitiem afwezig" by the behandelaar once in behandeling,
 * nothing when it is already final.
 */
export function afhandelingNaVervallen(
  status: MeldingStatus,
): { readonly actie: MeldingActie; readonly door: MeldingRol; readonly sluitreden?: Sluitreden } | null {
  if (status === 'geregistreerd') return { actie: 'intrekken', door: 'school' };
  if (status === 'in-behandeling') return { actie: 'afsluiten', door: 'behandelaar', sluitreden: 'geen-verzuim-legitiem-afwezig' };
  return null;
}
