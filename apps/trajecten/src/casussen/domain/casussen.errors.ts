import { DomainError, DomainIssue } from '@sluitend/domain-nl';

/** The errors of the case rules; codes are stable (`casus.<what>`). */
export const overgangNietToegestaan = (status: string, actie: string, toegestaan: readonly string[]): DomainError =>
  DomainError.conflict('casus.overgang-niet-toegestaan', `Een casus met status ${status} kan niet "${actie}"`, { status, actie, toegestaan });

export const uitkomstVereist = (): DomainError =>
  DomainError.ongeldig('casus.uitkomst-vereist', 'Een casus sluit alleen met een uitkomst in de categorieën van de effectrapportage', [
    { field: 'uitkomst', rule: 'afsluiten.uitkomst-verplicht', message: 'afsluiten vraagt een uitkomst' },
  ]);

export const uitkomstNietVerwacht = (actie: string): DomainError =>
  DomainError.ongeldig('casus.uitkomst-niet-verwacht', `Een uitkomst hoort alleen bij afsluiten, niet bij "${actie}"`, [
    { field: 'uitkomst', rule: 'uitkomst.alleen-bij-afsluiten', message: 'alleen afsluiten legt een uitkomst vast' },
  ]);

export const alOpen = (casusId: string): DomainError =>
  DomainError.conflict('casus.al-open', 'Deze jongere heeft in deze regio al een open casus; nieuwe signalen horen daarbij', { casusId });

export const eindleeftijdOngeldig = (issues: readonly DomainIssue[]): DomainError =>
  DomainError.ongeldig('casus.eindleeftijd-ongeldig', 'De eindleeftijd van de regio is ongeldig', issues);

export const casusAfgesloten = (casusId: string): DomainError =>
  DomainError.conflict('casus.afgesloten', 'Deze casus is afgesloten; er verandert niets meer aan', { casusId });

/** The case does not exist for this caller (it may not even learn that it exists): 404. */
export const casusNietGevonden = (): DomainError => DomainError.nietGevonden('casus.niet-gevonden', 'Casus niet gevonden');

export const persoonOngelijk = (): DomainError =>
  DomainError.ongeldig('casus.persoon-ongelijk', 'persoonsnummer en jongereId horen niet bij dezelfde jongere', [
    { field: 'jongereId', rule: 'jongereId.past-bij-persoonsnummer', message: 'jongereId is niet het pseudoniem van dit persoonsnummer' },
  ]);
