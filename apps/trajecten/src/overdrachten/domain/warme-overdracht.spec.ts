import { huidigeHouder, voorgesteldAan } from './houder';
import { Overdracht, pasOverdrachtToe, stelOverdrachtVoor } from './warme-overdracht';

const rmc = { type: 'rmc-regio', code: 'MC03' } as const;
const werkplein = { type: 'partner', code: 'werkplein-groningen' } as const;
const lokaalTeam = { type: 'partner', code: 'wij-groningen' } as const;
const op = new Date('2026-04-02T10:00:00+02:00');
const gesprek = { vorm: 'telefonisch', op: new Date('2026-04-03T09:00:00+02:00') } as const;

const voorstel = (overdrachten: Overdracht[] = [], houder = rmc) =>
  stelOverdrachtVoor({ id: 'o1', casusId: 'c1', van: houder, naar: werkplein, route: 'arbeid', op }, { casusOpen: true, houder, overdrachten });

describe('warm handover', () => {
  it('the receiver accepts after talking to the sender; then it holds the case', () => {
    const geaccepteerd = pasOverdrachtToe(voorstel(), 'accepteren', werkplein, new Date('2026-04-03T11:00:00+02:00'), { gesprek });
    expect(geaccepteerd).toMatchObject({ status: 'geaccepteerd', gesprek, geaccepteerdOp: new Date('2026-04-03T11:00:00+02:00') });
    expect(huidigeHouder('MC03', [geaccepteerd])).toEqual(werkplein);
  });

  it('no acceptance without the warm talk, nor with a talk after the acceptance', () => {
    expect(() => pasOverdrachtToe(voorstel(), 'accepteren', werkplein, new Date('2026-04-03T11:00:00+02:00'))).toThrow(
      expect.objectContaining({
        kind: 'ongeldig',
        code: 'overdracht.ongeldig',
        issues: [expect.objectContaining({ field: 'gesprek', rule: 'gesprek.verplicht' })],
      }),
    );
    expect(() => pasOverdrachtToe(voorstel(), 'accepteren', werkplein, new Date('2026-04-03T08:00:00+02:00'), { gesprek })).toThrow(
      expect.objectContaining({ issues: [expect.objectContaining({ field: 'gesprek.op' })] }),
    );
  });

  it('only the receiver accepts or refuses (with a reason), only the sender withdraws, nobody else acts', () => {
    expect(() => pasOverdrachtToe(voorstel(), 'accepteren', rmc, op, { gesprek })).toThrow(
      expect.objectContaining({ code: 'overdracht.overgang-niet-toegestaan' }),
    );
    expect(() => pasOverdrachtToe(voorstel(), 'accepteren', lokaalTeam, op, { gesprek })).toThrow(
      expect.objectContaining({ kind: 'geen-toegang', code: 'overdracht.niet-betrokken' }),
    );
    expect(() => pasOverdrachtToe(voorstel(), 'weigeren', werkplein, op)).toThrow(
      expect.objectContaining({ issues: [expect.objectContaining({ field: 'reden' })] }),
    );
    expect(pasOverdrachtToe(voorstel(), 'weigeren', werkplein, op, { reden: ' geen plek ' })).toMatchObject({
      status: 'geweigerd',
      reden: 'geen plek',
    });
    expect(pasOverdrachtToe(voorstel(), 'intrekken', rmc, op).status).toBe('ingetrokken');
  });

  it('a partner holds the case until it is handed back; then the sender holds it again', () => {
    const geaccepteerd = pasOverdrachtToe(voorstel(), 'accepteren', werkplein, new Date('2026-04-03T11:00:00+02:00'), { gesprek });
    const terug = pasOverdrachtToe(geaccepteerd, 'teruggeven', werkplein, new Date('2026-07-01T10:00:00+02:00'), { reden: 'aan het werk' });
    expect(terug.status).toBe('teruggegeven');
    expect(huidigeHouder('MC03', [terug])).toEqual(rmc);
    expect(() => pasOverdrachtToe(terug, 'teruggeven', rmc, new Date())).toThrow(
      expect.objectContaining({ code: 'overdracht.overgang-niet-toegestaan' }),
    );
  });

  it('a chain: RMC → werkplein → local team; handed back by the local team, the werkplein holds it again', () => {
    const eerste = pasOverdrachtToe(voorstel(), 'accepteren', werkplein, new Date('2026-04-03T11:00:00+02:00'), { gesprek });
    const tweede = pasOverdrachtToe(
      stelOverdrachtVoor(
        { id: 'o2', casusId: 'c1', van: werkplein, naar: lokaalTeam, op: new Date('2026-05-01T10:00:00+02:00') },
        {
          casusOpen: true,
          houder: huidigeHouder('MC03', [eerste]),
          overdrachten: [eerste],
        },
      ),
      'accepteren',
      lokaalTeam,
      new Date('2026-05-02T10:00:00+02:00'),
      { gesprek: { vorm: 'persoonlijk', op: new Date('2026-05-02T09:00:00+02:00') } },
    );
    expect(huidigeHouder('MC03', [eerste, tweede])).toEqual(lokaalTeam);
    const terug = pasOverdrachtToe(tweede, 'teruggeven', lokaalTeam, new Date('2026-06-01T10:00:00+02:00'));
    expect(huidigeHouder('MC03', [eerste, terug])).toEqual(werkplein);
  });

  it('a proposal goes to another organisation, of an open case, by its holder, one at a time', () => {
    expect(() => stelOverdrachtVoor({ id: 'o', casusId: 'c1', van: rmc, naar: rmc, op }, { casusOpen: true, houder: rmc, overdrachten: [] })).toThrow(
      expect.objectContaining({ issues: [expect.objectContaining({ field: 'naar', rule: 'naar.andere-organisatie' })] }),
    );
    expect(() =>
      stelOverdrachtVoor({ id: 'o', casusId: 'c1', van: rmc, naar: werkplein, op }, { casusOpen: false, houder: rmc, overdrachten: [] }),
    ).toThrow(expect.objectContaining({ code: 'overdracht.casus-gesloten' }));
    expect(() =>
      stelOverdrachtVoor({ id: 'o', casusId: 'c1', van: rmc, naar: lokaalTeam, op }, { casusOpen: true, houder: werkplein, overdrachten: [] }),
    ).toThrow(expect.objectContaining({ code: 'overdracht.niet-houder' }));
    const lopend = voorstel();
    expect(() =>
      stelOverdrachtVoor({ id: 'o2', casusId: 'c1', van: rmc, naar: lokaalTeam, op }, { casusOpen: true, houder: rmc, overdrachten: [lopend] }),
    ).toThrow(expect.objectContaining({ code: 'overdracht.loopt-al', details: { overdrachtId: 'o1' } }));
    expect(voorgesteldAan([lopend])).toEqual([werkplein]);
  });
});
