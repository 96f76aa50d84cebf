import { BadRequestException, ConflictException, ForbiddenException } from '@nestjs/common';
import { meldingenVanUseCase } from './dossier-import.runner';

describe('meldingenVanUseCase', () => {
  const rijen = [{ regel: 2 }, { regel: 3 }, { regel: 7 }];

  it('turns the use case refusals of rows into the lines of the file', () => {
    const conflict = new ConflictException({
      code: 'dossier.andere-school',
      errors: [
        { field: 'dossiers[2].school.vestiging', rule: 'dossier.andere-school', message: 'dossier is van een andere vestiging' },
        { field: 'dossiers[0].school.vestiging', rule: 'dossier.andere-school', message: 'dossier is van een andere vestiging' },
      ],
    });
    expect(meldingenVanUseCase(conflict, rijen)).toEqual({
      indexen: new Set([0, 2]),
      meldingen: [
        { regel: 2, kolom: 'vestiging', field: 'school.vestiging', rule: 'dossier.andere-school', message: 'dossier is van een andere vestiging' },
        { regel: 7, kolom: 'vestiging', field: 'school.vestiging', rule: 'dossier.andere-school', message: 'dossier is van een andere vestiging' },
      ],
    });
    const dubbel = new BadRequestException({ errors: [{ field: 'dossiers[1].leerling.persoonsnummer', rule: 'uniek', message: 'x' }] });
    expect(meldingenVanUseCase(dubbel, rijen)?.meldingen).toEqual([
      { regel: 3, kolom: 'bsn_of_onderwijsnummer', field: 'leerling.persoonsnummer', rule: 'uniek', message: 'x' },
    ]);
  });

  it('leaves anything that is not about a row to fail the job', () => {
    expect(meldingenVanUseCase(new Error('connection reset'), rijen)).toBeUndefined();
    expect(meldingenVanUseCase(new ForbiddenException({ code: 'auth.organisation-scope' }), rijen)).toBeUndefined();
    expect(meldingenVanUseCase(new ConflictException({ code: 'x' }), rijen)).toBeUndefined();
    expect(meldingenVanUseCase(new ConflictException({ errors: [{ field: 'dossiers[9].school', rule: 'r', message: 'm' }] }), rijen)).toBeUndefined();
  });
});

