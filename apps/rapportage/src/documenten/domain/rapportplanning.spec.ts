import { documentenBereik, planningVanJaar, teplannen } from './rapportplanning';

const DAGEN = { tabellenboek: '11-01', effectrapportage: '12-01' };

describe('the yearly planning of the scheduled reports', () => {
  it('covers the school year that ended on 31 July, due at the start of the configured day in Amsterdam', () => {
    expect(planningVanJaar(2027, DAGEN)).toEqual([
      { soort: 'tabellenboek', schooljaar: '2026-2027', dueAt: new Date('2027-10-31T23:00:00Z') },
      { soort: 'effectrapportage', schooljaar: '2026-2027', dueAt: new Date('2027-11-30T23:00:00Z') },
    ]);
  });

  it('follows summer time for a day in it', () => {
    expect(planningVanJaar(2027, { tabellenboek: '10-15', effectrapportage: '12-01' })[0].dueAt).toEqual(new Date('2027-10-14T22:00:00Z'));
  });

  it("plans this calendar year's (Amsterdam) and next year's", () => {
    const gepland = teplannen(new Date('2026-12-31T23:30:00Z'), DAGEN).map((g) => `${g.soort} ${g.schooljaar}`);
    expect(gepland).toEqual(['tabellenboek 2026-2027', 'effectrapportage 2026-2027', 'tabellenboek 2027-2028', 'effectrapportage 2027-2028']);
  });

  it('scopes a school and a region to their own documents, ops to all, and refuses the others', () => {
    expect(documentenBereik({ type: 'vo-school', code: '31QQ' })).toEqual({ type: 'vo-school', code: '31QQ' });
    expect(documentenBereik({ type: 'rmc-regio', code: 'MC11' })).toEqual({ type: 'rmc-regio', code: 'MC11' });
    expect(documentenBereik({ type: 'ops', code: 'platform' })).toBeNull();
    expect(() => documentenBereik({ type: 'gemeente', code: 'GM0014' })).toThrow(expect.objectContaining({ code: 'documenten.organisatie' }));
  });
});
