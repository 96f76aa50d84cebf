import { DomainError } from '@sluitend/domain-nl';

/** The rule a table or a suppression setting broke, with the field it concerns. */
export function ongeldigeTabel(field: string, rule: string, message: string): DomainError {
  return DomainError.ongeldig('onthulling.ongeldige-tabel', message, [{ field, rule, message }]);
}

export function ongeldigBeleid(field: string, rule: string, message: string): DomainError {
  return DomainError.ongeldig('onthulling.ongeldig-beleid', message, [{ field, rule, message }]);
}
