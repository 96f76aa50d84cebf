import { PLAN_INHOUD } from './plan-inhoud.fixture';
import { planVerschil, nieuwTrajectplan, wijzigPlanStatus, wijzigTrajectplan } from './plan-wijziging';
import { PlanInhoud } from './trajectplan';

const op = (dag: string) => new Date(`${dag}T10:00:00+02:00`);
const inhoud = PLAN_INHOUD;

describe('trajectplan: goals, actions with owner and due date, support; status and history', () => {
  const concept = nieuwTrajectplan('c1', inhoud, 'tb-1', op('2026-04-20'));

  it('starts as version 1 concept, and is agreed (actief) as a new version', () => {
    expect(concept).toMatchObject({ versie: 1, status: 'concept', historie: [{ versie: 1, door: 'tb-1', wijzigingen: ['aangemaakt'] }] });
    const actief = wijzigPlanStatus(concept, 'vaststellen', { verwachteVersie: 1, door: 'tb-1', op: op('2026-04-21') });
    expect(actief).toMatchObject({ versie: 2, status: 'actief' });
    expect(actief.historie.map((h) => h.wijzigingen)).toEqual([['aangemaakt'], ['status:actief']]);
  });

  it('a stale version: the second of two edits on the same version gets verouderd, not a silent overwrite', () => {
    const eerste = wijzigTrajectplan(concept, { ...inhoud, route: 'arbeid' }, { verwachteVersie: 1, door: 'tb-1', op: op('2026-04-21') });
    expect(eerste.versie).toBe(2);
    expect(() =>
      wijzigTrajectplan(eerste, { ...inhoud, doelen: [], acties: [] }, { verwachteVersie: 1, door: 'tb-2', op: op('2026-04-21') }),
    ).toThrow(expect.objectContaining({ kind: 'verouderd', code: 'trajectplan.verouderd', details: { huidigeVersie: 2, verwachteVersie: 1 } }));
  });

  it("every action has an owner and a due date; an action's goal is in the plan; ids are unique", () => {
    const slecht = {
      ...inhoud,
      acties: [
        { ...inhoud.acties[0], eigenaar: undefined, deadline: '15-05-2026', doelId: 'd9' },
        { ...inhoud.acties[1], id: 'a1' },
      ],
    } as unknown as PlanInhoud;
    expect(() => wijzigTrajectplan(concept, slecht, { verwachteVersie: 1, door: 'tb-1', op: op('2026-04-21') })).toThrow(
      expect.objectContaining({
        code: 'trajectplan.ongeldig',
        issues: expect.arrayContaining([
          expect.objectContaining({ field: 'acties[1].id', rule: 'id.uniek' }),
          expect.objectContaining({ field: 'acties[0].eigenaar', rule: 'eigenaar.verplicht' }),
          expect.objectContaining({ field: 'acties[0].deadline', rule: 'deadline.datum' }),
          expect.objectContaining({ field: 'acties[0].doelId', rule: 'doel.bestaat' }),
        ]),
      }),
    );
  });

  it('an active plan needs a route, a goal and an action; its parts are marked vervallen, not deleted', () => {
    const leeg = nieuwTrajectplan('c2', { doelen: [], acties: [], ondersteuning: [] }, 'tb-1', op('2026-04-20'));
    expect(() => wijzigPlanStatus(leeg, 'vaststellen', { verwachteVersie: 1, door: 'tb-1', op: op('2026-04-21') })).toThrow(
      expect.objectContaining({
        issues: [
          expect.objectContaining({ rule: 'plan.route-verplicht' }),
          expect.objectContaining({ rule: 'plan.doel-verplicht' }),
          expect.objectContaining({ rule: 'plan.actie-verplicht' }),
        ],
      }),
    );
    const actief = wijzigPlanStatus(concept, 'vaststellen', { verwachteVersie: 1, door: 'tb-1', op: op('2026-04-21') });
    expect(() =>
      wijzigTrajectplan(actief, { ...inhoud, acties: inhoud.acties.slice(1) }, { verwachteVersie: 2, door: 'tb-1', op: op('2026-04-22') }),
    ).toThrow(expect.objectContaining({ issues: [expect.objectContaining({ field: 'acties', rule: 'verwijderen.niet-toegestaan' })] }));
    const vervallen = wijzigTrajectplan(
      actief,
      { ...inhoud, acties: [{ ...inhoud.acties[0], status: 'vervallen' }, inhoud.acties[1]] },
      { verwachteVersie: 2, door: 'tb-1', op: op('2026-04-22') },
    );
    expect(vervallen.historie.at(-1)).toEqual({ versie: 3, op: op('2026-04-22'), door: 'tb-1', wijzigingen: ['actie-gewijzigd:a1'] });
  });

  it('a change that changes nothing makes no new version', () => {
    expect(wijzigTrajectplan(concept, { ...inhoud }, { verwachteVersie: 1, door: 'tb-1', op: op('2026-04-21') })).toBe(concept);
  });

  it('completes only with every goal decided; an ended plan does not change', () => {
    const actief = wijzigPlanStatus(concept, 'vaststellen', { verwachteVersie: 1, door: 'tb-1', op: op('2026-04-21') });
    expect(() => wijzigPlanStatus(actief, 'afronden', { verwachteVersie: 2, door: 'tb-1', op: op('2026-09-01') })).toThrow(
      expect.objectContaining({ issues: [expect.objectContaining({ field: 'doelen[0].status', rule: 'doel.open' })] }),
    );
    const behaald = wijzigTrajectplan(
      actief,
      { ...inhoud, doelen: [{ ...inhoud.doelen[0], status: 'behaald' }] },
      { verwachteVersie: 2, door: 'tb-1', op: op('2026-09-01') },
    );
    const afgerond = wijzigPlanStatus(behaald, 'afronden', { verwachteVersie: 3, door: 'tb-1', op: op('2026-09-01') });
    expect(afgerond).toMatchObject({ versie: 4, status: 'afgerond' });
    expect(() => wijzigTrajectplan(afgerond, inhoud, { verwachteVersie: 4, door: 'tb-1', op: op('2026-09-02') })).toThrow(
      expect.objectContaining({ code: 'trajectplan.afgesloten' }),
    );
    expect(() => wijzigPlanStatus(afgerond, 'stoppen', { verwachteVersie: 4, door: 'tb-1', op: op('2026-09-02') })).toThrow(
      expect.objectContaining({ kind: 'conflict', code: 'trajectplan.overgang-niet-toegestaan' }),
    );
  });

  it('names what changed', () => {
    expect(
      planVerschil(inhoud, {
        route: 'arbeid',
        doelen: [...inhoud.doelen, { id: 'd2', omschrijving: 'Schulden in beeld', leefdomein: 'inkomen-schulden', status: 'open' }],
        acties: [{ ...inhoud.acties[0], deadline: '2026-05-22' }],
        ondersteuning: inhoud.ondersteuning,
      }),
    ).toEqual(['route', 'doel-toegevoegd:d2', 'actie-gewijzigd:a1', 'actie-verwijderd:a2']);
  });
});
