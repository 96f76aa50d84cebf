import { BadRequestException, ServiceUnavailableException } from '@nestjs/common';
import { ZodValidationException } from 'nestjs-zod';
import { z } from 'zod';
import { DomainError, DomainErrorKind } from '@sluitend/domain-nl';
import { ProblemDetailsFilter } from './problem-details.filter';

const filter = new ProblemDetailsFilter();

describe('ProblemDetailsFilter.toProblem', () => {
  it.each<[DomainErrorKind, number]>([
    ['ongeldig', 400],
    ['geen-toegang', 403],
    ['niet-gevonden', 404],
    ['conflict', 409],
    ['verouderd', 412],
    ['versie-vereist', 428],
    ['te-groot', 413],
    ['tijdelijk', 503],
  ])('maps a %s domain error to %i with its code, message and details', (kind, status) => {
    const problem = filter.toProblem(new DomainError(kind, 'iets.mis', 'het is mis', { details: { toegestaan: ['a'] } }));
    expect(problem).toMatchObject({
      status,
      code: 'iets.mis',
      detail: 'het is mis',
      toegestaan: ['a'],
      type: 'https://sluitend.nl/problems/iets.mis',
    });
  });

  it('lists the fields and rules of an ongeldig domain error', () => {
    const problem = filter.toProblem(
      DomainError.ongeldig('validation.failed', 'ongeldig', [
        { field: 'leerling.geboortedatum', rule: 'niet-in-de-toekomst', message: 'ligt in de toekomst' },
      ]),
    );
    expect(problem.errors).toEqual([{ field: 'leerling.geboortedatum', rule: 'niet-in-de-toekomst', message: 'ligt in de toekomst' }]);
  });

  it('does not let details override the status, type or title', () => {
    const problem = filter.toProblem(new DomainError('conflict', 'x.y', 'm', { details: { status: 'error', type: 'evil', title: 'no' } }));
    expect(problem).toMatchObject({ status: 409, type: 'https://sluitend.nl/problems/x.y', title: 'Conflict' });
  });

  it('turns a zod validation failure into 400 with the dotted field path and the rule', () => {
    const result = z.object({ leerling: z.object({ postcode: z.string().regex(/^\d{4} [A-Z]{2}$/) }) }).safeParse({ leerling: { postcode: 'x' } });
    if (result.success) throw new Error('expected a failure');
    const problem = filter.toProblem(new ZodValidationException(result.error));
    expect(problem).toMatchObject({ status: 400, code: 'validation.failed' });
    expect(problem.errors).toEqual([expect.objectContaining({ field: 'leerling.postcode', rule: 'invalid_format' })]);
  });

  it("keeps an HttpException's status even when its body carries a `status` of its own (terminus' health errors)", () => {
    const problem = filter.toProblem(new ServiceUnavailableException({ status: 'error', info: {}, error: { database: { status: 'down' } } }));
    expect(problem.status).toBe(503);
    expect(problem.title).toBe('Niet beschikbaar');
  });

  it('uses the code and detail of an HttpException body', () => {
    expect(filter.toProblem(new BadRequestException({ code: 'csv.leeg', detail: 'het bestand is leeg' }))).toMatchObject({
      status: 400,
      code: 'csv.leeg',
      detail: 'het bestand is leeg',
    });
  });

  it('answers anything else with a 500 that reveals nothing of the error', () => {
    const problem = filter.toProblem(new Error('relation "dossier" does not exist: 999605999'));
    expect(problem).toMatchObject({ status: 500, code: 'internal' });
    expect(JSON.stringify(problem)).not.toContain('999605999');
  });
});
