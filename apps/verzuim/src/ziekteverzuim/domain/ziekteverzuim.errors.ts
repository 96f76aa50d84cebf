import { DomainError } from '@sluitend/domain-nl';

export const ZiekteverzuimFout = {
  /** No such M@ZL signal — or not one in the caller's reach (its existence is not revealed). */
  nietGevonden: (id: string): DomainError => DomainError.nietGevonden('ziekteverzuim.niet-gevonden', `geen signaal zorgwekkend ziekteverzuim ${id}`),
};
