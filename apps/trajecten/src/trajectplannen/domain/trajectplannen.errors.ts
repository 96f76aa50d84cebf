import { DomainError, DomainIssue } from '@sluitend/domain-nl';

export const planOngeldig = (issues: readonly DomainIssue[]): DomainError =>
  DomainError.ongeldig('trajectplan.ongeldig', 'Het trajectplan is onvolledig of ongeldig', issues);

/** Optimistic locking: the plan changed since the caller read it (412). */
export const planVerouderd = (huidigeVersie: number, verwachteVersie: number): DomainError =>
  new DomainError(
    'verouderd',
    'trajectplan.verouderd',
    `Het trajectplan is intussen gewijzigd (versie ${huidigeVersie}, u had versie ${verwachteVersie}); lees het opnieuw`,
    {
      details: { huidigeVersie, verwachteVersie },
    },
  );

/** If-Match missing (428 Precondition Required, RFC 6585 §3) or not one strong ETag (400). */
export const ifMatchOngeldig = (rule: 'if-match.verplicht' | 'if-match.vorm', message: string): DomainError =>
  new DomainError(
    rule === 'if-match.verplicht' ? 'versie-vereist' : 'ongeldig',
    rule === 'if-match.verplicht' ? 'trajectplan.if-match-vereist' : 'trajectplan.if-match-ongeldig',
    'Een wijziging van het trajectplan noemt de versie die u las (If-Match)',
    { issues: [{ field: 'If-Match', rule, message }] },
  );

export const planOvergangNietToegestaan = (status: string, actie: string, toegestaan: readonly string[]): DomainError =>
  DomainError.conflict('trajectplan.overgang-niet-toegestaan', `Een trajectplan met status ${status} kan niet "${actie}"`, {
    status,
    actie,
    toegestaan,
  });

export const planAfgesloten = (status: string): DomainError =>
  DomainError.conflict('trajectplan.afgesloten', `Een ${status} trajectplan wijzigt niet meer`, { status });

/** The case has no trajectplan yet (404). */
export const planNietGevonden = (): DomainError => DomainError.nietGevonden('trajectplan.niet-gevonden', 'Deze casus heeft nog geen trajectplan');

/** The case already has a plan in concept or active: change that one (409). */
export const planBestaatAl = (planId: string, versie: number): DomainError =>
  DomainError.conflict('trajectplan.bestaat-al', 'Deze casus heeft al een lopend trajectplan; wijzig dat (met If-Match)', { planId, versie });
