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

export const ifMatchOngeldig = (rule: 'if-match.verplicht' | 'if-match.vorm', message: string): DomainError =>
  DomainError.ongeldig('trajectplan.if-match-ongeldig', 'Een wijziging van het trajectplan noemt de versie die u las (If-Match)', [
    { field: 'If-Match', rule, message },
  ]);

export const planOvergangNietToegestaan = (status: string, actie: string, toegestaan: readonly string[]): DomainError =>
  DomainError.conflict('trajectplan.overgang-niet-toegestaan', `Een trajectplan met status ${status} kan niet "${actie}"`, {
    status,
    actie,
    toegestaan,
  });

export const planAfgesloten = (status: string): DomainError =>
  DomainError.conflict('trajectplan.afgesloten', `Een ${status} trajectplan wijzigt niet meer`, { status });
