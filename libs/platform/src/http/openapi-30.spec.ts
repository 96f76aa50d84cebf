import { nullableAs30 } from './openapi-30';

describe('nullableAs30', () => {
  it('turns a 3.1 nullable type list into the 3.0 form, at any depth', () => {
    const doc = { components: { schemas: { A: { type: 'object', properties: { naam: { type: ['string', 'null'] }, n: { type: 'integer' } } } } } };
    expect(nullableAs30(doc)).toEqual({
      components: { schemas: { A: { type: 'object', properties: { naam: { type: 'string', nullable: true }, n: { type: 'integer' } } } } },
    });
  });

  it('keeps arrays of schemas and spells several non-null types as oneOf', () => {
    expect(nullableAs30({ anyOf: [{ type: ['number', 'string', 'null'] }] })).toEqual({
      anyOf: [{ oneOf: [{ type: 'number' }, { type: 'string' }], nullable: true }],
    });
  });

  it('leaves a document without type lists unchanged', () => {
    const doc = { paths: { '/x': { get: { responses: { 200: { description: 'ok' } } } } } };
    expect(nullableAs30(doc)).toEqual(doc);
  });
});
