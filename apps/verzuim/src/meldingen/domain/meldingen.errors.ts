import { DomainError } from '@sluitend/domain-nl';

export const MeldingFout = {
  /** Nobody has a duty for the student on the melding's end (under 5, 23 or older, or a startkwalificatie after leerplicht). */
  geenOntvanger: (einddatum: string): DomainError =>
    DomainError.ongeldig('melding.geen-ontvanger', `Op ${einddatum} heeft geen leerplichtambtenaar of RMC een taak voor deze leerling`, [
      { field: 'einddatum', rule: 'melding.geen-ontvanger', message: 'geen leerplicht, kwalificatieplicht of RMC-doelgroep op de einddatum' },
    ]),
};
