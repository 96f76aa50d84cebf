import { huidigeHouder, voorgesteldAan } from './overdrachten/domain/houder';
import { Overdracht, pasOverdrachtToe, stelOverdrachtVoor } from './overdrachten/domain/warme-overdracht';
import { Actor, CasusToegangFeiten, eisCasusToegang, eisRegioBeheer, magOpCasus } from './toegang/domain/casus-toegang';

const rmc = { type: 'rmc-regio', code: 'MC03' } as const;
const werkplein = { type: 'partner', code: 'werkplein-groningen' } as const;
const trajectbegeleider: Actor = { org: rmc, roles: ['trajectbegeleider'] };
const coordinator: Actor = { org: rmc, roles: ['rmc-coordinator'] };
const partner: Actor = { org: werkplein, roles: ['partner'] };
const anderePartner: Actor = { org: { type: 'partner', code: 'wij-groningen' }, roles: ['partner'] };

const feiten = (overdrachten: readonly Overdracht[], open = true): CasusToegangFeiten => ({
  rmcRegio: 'MC03',
  open,
  houder: huidigeHouder('MC03', overdrachten),
  voorgesteldAan: voorgesteldAan(overdrachten),
});

describe('who may read or change a case', () => {
  const voorstel = stelOverdrachtVoor(
    { id: 'o1', casusId: 'c1', van: rmc, naar: werkplein, route: 'arbeid', op: new Date('2026-04-02T10:00:00+02:00') },
    { casusOpen: true, houder: rmc, overdrachten: [] },
  );
  const geaccepteerd = pasOverdrachtToe(voorstel, 'accepteren', werkplein, new Date('2026-04-03T11:00:00+02:00'), {
    gesprek: { vorm: 'telefonisch', op: new Date('2026-04-03T10:00:00+02:00') },
  });
  const teruggegeven = pasOverdrachtToe(geaccepteerd, 'teruggeven', werkplein, new Date('2026-07-01T10:00:00+02:00'));

  it("RMC staff of the case's region read and change it, also while a partner holds it; another region's RMC sees nothing", () => {
    for (const f of [feiten([]), feiten([geaccepteerd])]) {
      expect(magOpCasus(trajectbegeleider, f, 'lezen')).toBe(true);
      expect(magOpCasus(coordinator, f, 'wijzigen')).toBe(true);
    }
    expect(() => eisCasusToegang({ org: { type: 'rmc-regio', code: 'MC07' }, roles: ['trajectbegeleider'] }, feiten([]), 'lezen')).toThrow(
      expect.objectContaining({ kind: 'niet-gevonden', code: 'casus.niet-gevonden' }),
    );
  });

  it('a partner sees the proposal it must answer, not the case', () => {
    expect(magOpCasus(partner, feiten([voorstel]), 'overdracht-beoordelen')).toBe(true);
    expect(() => eisCasusToegang(partner, feiten([voorstel]), 'lezen')).toThrow(
      expect.objectContaining({ kind: 'geen-toegang', code: 'casus.geen-toegang' }),
    );
    expect(() => eisCasusToegang(anderePartner, feiten([voorstel]), 'overdracht-beoordelen')).toThrow(
      expect.objectContaining({ code: 'casus.niet-gevonden' }),
    );
  });

  it('a partner reads and changes the case while it holds it, and loses access at the handover back', () => {
    expect(magOpCasus(partner, feiten([geaccepteerd]), 'lezen')).toBe(true);
    expect(magOpCasus(partner, feiten([geaccepteerd]), 'wijzigen')).toBe(true);
    expect(magOpCasus(anderePartner, feiten([geaccepteerd]), 'lezen')).toBe(false);
    expect(() => eisCasusToegang(partner, feiten([teruggegeven]), 'lezen')).toThrow(expect.objectContaining({ kind: 'niet-gevonden' }));
    expect(magOpCasus(trajectbegeleider, feiten([teruggegeven]), 'wijzigen')).toBe(true);
  });

  it('a closed case: the RMC keeps reading, the partner that held it does not', () => {
    expect(magOpCasus(trajectbegeleider, feiten([geaccepteerd], false), 'lezen')).toBe(true);
    expect(magOpCasus(partner, feiten([geaccepteerd], false), 'lezen')).toBe(false);
  });

  it('ops and roles outside the table see no case', () => {
    expect(() => eisCasusToegang({ org: { type: 'ops', code: 'platform' }, roles: ['ops'] }, feiten([]), 'lezen')).toThrow(
      expect.objectContaining({ code: 'casus.niet-gevonden' }),
    );
    expect(magOpCasus({ org: rmc, roles: ['beheerder'] }, feiten([]), 'lezen')).toBe(false);
    expect(magOpCasus({ org: { type: 'gemeente', code: 'GM0014' }, roles: ['leerplichtambtenaar'] }, feiten([]), 'lezen')).toBe(false);
  });

  it("only the region's coordinator manages its settings", () => {
    expect(() => eisRegioBeheer(coordinator, 'MC03')).not.toThrow();
    expect(() => eisRegioBeheer(trajectbegeleider, 'MC03')).toThrow(expect.objectContaining({ kind: 'geen-toegang', code: 'regio.geen-toegang' }));
    expect(() => eisRegioBeheer(coordinator, 'MC07')).toThrow(expect.objectContaining({ code: 'regio.geen-toegang' }));
  });
});
