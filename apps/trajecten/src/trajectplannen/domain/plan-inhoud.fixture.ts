import { PlanInhoud } from './trajectplan';

export const RMC_MC03 = { type: 'rmc-regio', code: 'MC03' } as const;

/** A plan for the route onderwijs: one goal, two actions (one owned by the young person), a jobcoach. */
export const PLAN_INHOUD: PlanInhoud = {
  route: 'onderwijs',
  doelen: [{ id: 'd1', omschrijving: 'Ingeschreven bij een mbo-opleiding niveau 2', leefdomein: 'school', status: 'open' }],
  acties: [
    { id: 'a1', omschrijving: 'Open dag bezoeken', doelId: 'd1', eigenaar: { soort: 'jongere' }, deadline: '2026-05-15', status: 'open' },
    {
      id: 'a2',
      omschrijving: 'Intake regelen',
      doelId: 'd1',
      eigenaar: { soort: 'organisatie', organisatie: RMC_MC03, gebruiker: 'tb-1' },
      deadline: '2026-06-01',
      status: 'open',
    },
  ],
  ondersteuning: [
    { id: 'o1', omschrijving: 'Jobcoach bij de stage', kader: 'participatiewet', aanbieder: 'werkplein', vanaf: '2026-05-01', tot: '2026-08-31' },
  ],
};
