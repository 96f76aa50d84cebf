import { DomainError } from '@sluitend/domain-nl';
import { DossierFout } from '../../domain/dossiers.errors';
import { meldingenVanUseCase } from './dossier-import.runner';

describe('meldingenVanUseCase', () => {
  const rijen = [{ regel: 2 }, { regel: 3 }, { regel: 7 }];

  it('turns the use case refusals of rows into the lines and columns of the file', () => {
    const conflict = new DomainError('conflict', 'dossier.x', 'x', {
      issues: [2, 0].map((row) => ({ field: 'school.vestiging', rule: 'dossier.x', message: 'vestiging botst', row })),
    });
    expect(meldingenVanUseCase(conflict, rijen)).toEqual({
      indexen: new Set([0, 2]),
      meldingen: [
        { regel: 2, kolom: 'vestiging', field: 'school.vestiging', rule: 'dossier.x', message: 'vestiging botst' },
        { regel: 7, kolom: 'vestiging', field: 'school.vestiging', rule: 'dossier.x', message: 'vestiging botst' },
      ],
    });
    expect(meldingenVanUseCase(DossierFout.dubbeleLeerling([{ row: 1, eerste: 0 }]), rijen)?.meldingen).toEqual([
      { regel: 3, kolom: 'bsn_of_onderwijsnummer', field: 'leerling.persoonsnummer', rule: 'uniek', message: 'dezelfde leerling staat ook op rij 0' },
    ]);
  });

  it('leaves anything that is not about a row to fail the job', () => {
    expect(meldingenVanUseCase(new Error('connection reset'), rijen)).toBeUndefined();
    expect(meldingenVanUseCase(DomainError.geenToegang('auth.organisation-scope', 'x'), rijen)).toBeUndefined();
    expect(meldingenVanUseCase(DomainError.conflict('x', 'y'), rijen)).toBeUndefined();
    expect(
      meldingenVanUseCase(new DomainError('conflict', 'x', 'y', { issues: [{ field: 'school', rule: 'r', message: 'm', row: 9 }] }), rijen),
    ).toBeUndefined();
    expect(meldingenVanUseCase(DomainError.ongeldig('x', 'y', [{ field: 'school', rule: 'r', message: 'm' }]), rijen)).toBeUndefined();
  });
});
