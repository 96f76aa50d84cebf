import { ParsedEvent } from '@sluitend/contracts';
import { newestPerDossier } from './dossier-ingediend.handler';

const event = (dossierId: string, versie: number) =>
  ({ payload: { dossierId, versie } }) as unknown as ParsedEvent<'overstap.dossier.ingediend'>;

describe('newestPerDossier', () => {
  it('keeps the highest version of each dossier, whatever the order', () => {
    const rows = newestPerDossier([event('a', 1), event('b', 1), event('a', 3), event('a', 2)]);
    expect(rows.map((row) => [row.dossierId, row.versie])).toEqual([
      ['a', 3],
      ['b', 1],
    ]);
  });
});
