import type { DossierIngediendPayload } from '@sluitend/contracts';
import { nieuwsteVersiePerDossier } from './nieuwste-versie';

const ingediend = (dossierId: string, versie: number) => ({ dossierId, versie }) as DossierIngediendPayload;

describe('nieuwsteVersiePerDossier', () => {
  it('keeps the highest version of each dossier, whatever the order', () => {
    const rows = nieuwsteVersiePerDossier([ingediend('a', 1), ingediend('b', 1), ingediend('a', 3), ingediend('a', 2)]);
    expect(rows.map((row) => [row.dossierId, row.versie])).toEqual([
      ['a', 3],
      ['b', 1],
    ]);
  });

  it('keeps the first of two equal versions', () => {
    const eerste = { ...ingediend('a', 2), brin: '00AH' };
    expect(nieuwsteVersiePerDossier([eerste, { ...ingediend('a', 2), brin: '01AB' }])).toEqual([eerste]);
  });

  it('answers nothing for nothing', () => {
    expect(nieuwsteVersiePerDossier([])).toEqual([]);
  });
});
