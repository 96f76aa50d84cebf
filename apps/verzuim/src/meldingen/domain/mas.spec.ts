import { MAS_FASE_OVERGANGEN, volgendeFasen } from './mas-fase';
import { volgendeRoutes } from './mas-route';
import { controleerMasStap } from './mas-stap';

describe('MAS phases and routes', () => {
  it('the five phases in order, evaluation loops back', () => {
    expect(volgendeFasen(null)).toEqual(['waarnemen']);
    expect(volgendeFasen('waarnemen')).toEqual(['analyseren']);
    expect(volgendeFasen('handelen')).toEqual(['evalueren']);
    expect(volgendeFasen('evalueren')).toEqual(['analyseren', 'plannen']);
    expect(Object.keys(MAS_FASE_OVERGANGEN)).toEqual(['waarnemen', 'analyseren', 'plannen', 'handelen', 'evalueren']);
  });

  it('routes: any to start with, then heavier, back to help after Halt', () => {
    expect(volgendeRoutes(null)).toEqual(['vrijwillige-hulp', 'halt', 'verplicht-kader', 'proces-verbaal']);
    expect(volgendeRoutes('vrijwillige-hulp')).not.toContain('vrijwillige-hulp');
    expect(volgendeRoutes('halt')).toContain('vrijwillige-hulp');
    expect(volgendeRoutes('verplicht-kader')).toEqual(['proces-verbaal']);
  });

  it('checks a step against the current phase and route', () => {
    expect(() => controleerMasStap({ fase: null, route: null }, { fase: 'waarnemen' })).not.toThrow();
    expect(() => controleerMasStap({ fase: 'analyseren', route: null }, { fase: 'plannen', route: 'halt' })).not.toThrow();
    expect(() => controleerMasStap({ fase: 'waarnemen', route: null }, { fase: 'plannen' })).toThrow(
      expect.objectContaining({ code: 'OVERGANG_NIET_TOEGESTAAN', veld: 'fase' }),
    );
    expect(() => controleerMasStap({ fase: 'waarnemen', route: null }, { route: 'halt' })).toThrow(
      expect.objectContaining({ code: 'OVERGANG_NIET_TOEGESTAAN', veld: 'route' }),
    );
    expect(() => controleerMasStap({ fase: 'handelen', route: 'verplicht-kader' }, { route: 'halt' })).toThrow(
      expect.objectContaining({ veld: 'route' }),
    );
  });
});
