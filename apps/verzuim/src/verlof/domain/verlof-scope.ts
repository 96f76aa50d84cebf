import { DomainError } from '@sluitend/domain-nl';

/** Whose verlof requests an organisation deals with: a school its own students'; the leerplicht its residents'. */
export type VerlofScope = { soort: 'school'; brin: string } | { soort: 'leerplicht'; woongemeente: string };

/** The scope of a caller over verlof requests; anyone else is refused (403). */
export function verlofScope(org: { type: string; code: string }): VerlofScope {
  switch (org.type) {
    case 'vo-school':
    case 'mbo-instelling':
      return { soort: 'school', brin: org.code };
    case 'gemeente':
      return { soort: 'leerplicht', woongemeente: org.code };
    default:
      throw DomainError.geenToegang('auth.organisation-type', `verlof is niet voor ${org.type}`);
  }
}

/** Whether a request lies in a scope (a request outside it is not found: its existence is not revealed). */
export function binnenScope(scope: VerlofScope, aanvraag: { brin: string; woongemeente: string }): boolean {
  return scope.soort === 'school' ? aanvraag.brin === scope.brin : aanvraag.woongemeente === scope.woongemeente;
}
