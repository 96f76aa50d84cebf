import { DomainError } from '@sluitend/domain-nl';

export const MonitorFout = {
  nietVoorOrganisatie: (type: string): DomainError => DomainError.geenToegang('auth.organisation-type', `de monitor is niet voor ${type}`),
};
