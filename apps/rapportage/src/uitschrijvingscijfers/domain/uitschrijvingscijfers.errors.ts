import { DomainError } from '@sluitend/domain-nl';

/** A region to compare with that has no gemeenten (a valid code DUO does not use). */
export function onbekendeRegio(code: string): DomainError {
  const message = `RMC-regio ${code} heeft geen gemeenten`;
  return DomainError.ongeldig('uitschrijvingen.rmc-regio', message, [{ field: 'rmcRegio', rule: 'rmcRegio.bekend', message }]);
}
