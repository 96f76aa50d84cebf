import { DomainError } from '@sluitend/domain-nl';

export function ongeldigeSelectie(field: string, rule: string, message: string): DomainError {
  return DomainError.ongeldig('tabellenboek.ongeldige-selectie', message, [{ field, rule, message }]);
}
