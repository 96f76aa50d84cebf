import { BESTEMMINGEN } from '@sluitend/contracts';
import { BESTEMMINGSCATEGORIEEN, CATEGORIE_INDEX, gekozenCategorie, werkelijkeCategorie } from './bestemmingscategorie';

describe('bestemmingscategorie', () => {
  it('mbo by level, unknown level apart', () => {
    expect(gekozenCategorie({ bestemming: 'mbo', mboNiveau: 2 })).toBe('mbo-2');
    expect(gekozenCategorie({ bestemming: 'mbo', mboNiveau: null })).toBe('mbo-niveau-onbekend');
    expect(werkelijkeCategorie({ soort: 'mbo', niveau: 1 })).toBe('mbo-1');
    expect(werkelijkeCategorie({ soort: 'mbo', niveau: null })).toBe('mbo-niveau-onbekend');
  });

  it('every bestemming a dossier can hold has a category; no choice is "niets bekend"', () => {
    for (const bestemming of BESTEMMINGEN) {
      expect(Object.keys(CATEGORIE_INDEX)).toContain(gekozenCategorie({ bestemming, mboNiveau: null }));
    }
    expect(gekozenCategorie(null)).toBe('onbekend');
    expect(werkelijkeCategorie({ soort: 'vo' })).toBe('vo');
    expect(werkelijkeCategorie({ soort: 'onbekend' })).toBe('onbekend');
  });

  it('indexes follow the published order', () => {
    BESTEMMINGSCATEGORIEEN.forEach((c, i) => expect(CATEGORIE_INDEX[c.code]).toBe(i));
  });
});
