import { DomainError, DomainIssue } from '@sluitend/domain-nl';
import { VerzuimFout } from './verzuim-fout';

const CODE: Record<VerzuimFout['code'], string> = {
  KALENDER_ONGELDIG: 'kalender.ongeldig',
  KALENDER_ONBEKEND: 'kalender.onbekend',
  LANDELIJK_ADVIES_ONBEKEND: 'kalender.landelijk-advies-onbekend',
  GEEN_LESDAG: 'absentie.geen-lesdag',
  ABSENTIE_ONGELDIG: 'absentie.ongeldig',
  ABSENTIE_DUBBEL: 'absentie.dubbel',
  INSTELLING_ONGELDIG: 'instelling.ongeldig',
  PERIODE_ONGELDIG: 'periode.ongeldig',
  OVERGANG_NIET_TOEGESTAAN: 'melding.overgang-niet-toegestaan',
  SLUITREDEN_VEREIST: 'melding.sluitreden-vereist',
};

/**
 * A broken rule of the domain core (`VerzuimFout`) as the DomainError a use case throws: 400 with the field and rule,
 * a transition 409. `prefix` puts the field where the request has it (e.g. `absenties[3].`).
 */
export function alsDomainError(fout: VerzuimFout, prefix = '', row?: number): DomainError {
  const issue: DomainIssue = {
    field: `${prefix}${fout.veld ?? ''}`,
    rule: CODE[fout.code],
    message: fout.message,
    ...(row === undefined ? {} : { row }),
  };
  if (fout.code === 'OVERGANG_NIET_TOEGESTAAN') return DomainError.conflict(CODE[fout.code], fout.message);
  return DomainError.ongeldig(CODE[fout.code], fout.message, [issue]);
}

/** Runs `werk`, turning a `VerzuimFout` into its DomainError. */
export function metDomainErrors<T>(werk: () => T, prefix = '', row?: number): T {
  try {
    return werk();
  } catch (fout) {
    if (fout instanceof VerzuimFout) throw alsDomainError(fout, prefix, row);
    throw fout;
  }
}
