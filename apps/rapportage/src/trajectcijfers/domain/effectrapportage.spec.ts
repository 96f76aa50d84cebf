import { STANDAARD_BELEID } from '../../onthulling/domain/onthullingsbeleid';
import { effectrapportage, programmaresultaten, publiceerEffectrapportage, tijdigheid, uitkomstenPerGemeente } from './effectrapportage';
import { tijdigheidGrafiek, uitkomstenGrafiek } from './traject-grafiek';
import { Signaalbron, Trajectgebeurtenis, Uitkomst } from './trajectgebeurtenis';
import { trajectenstand } from './trajectstand';

let id = 0;
const dag = (iso: string, plus = 0) => new Date(Date.parse(`${iso}T10:00:00+02:00`) + plus * 86_400_000).toISOString();

/** A case: signal on `signaal`, first contact and intake after so many days, closed on `afgesloten` with an outcome. */
function traject(o: {
  gemeente?: string;
  regio?: string;
  bron?: Signaalbron;
  signaal?: string;
  contactNa?: number;
  intakeNa?: number;
  uitkomst?: Uitkomst;
  afgesloten?: string;
}): Trajectgebeurtenis[] {
  const trajectId = `t${++id}`;
  const signaal = o.signaal ?? '2024-09-02';
  const uit: Trajectgebeurtenis[] = [
    {
      type: 'trajecten.traject.geopend',
      trajectId,
      bron: o.bron ?? 'duo',
      rmcRegio: o.regio ?? 'MC16',
      woongemeente: o.gemeente ?? 'GM0307',
      signaalOp: dag(signaal),
      geopendOp: dag(signaal, 1),
    },
  ];
  if (o.contactNa !== undefined) uit.push({ type: 'trajecten.contact.gelegd', trajectId, wijze: 'telefoon', op: dag(signaal, o.contactNa) });
  if (o.intakeNa !== undefined) uit.push({ type: 'trajecten.intake.gehouden', trajectId, op: dag(signaal, o.intakeNa) });
  if (o.uitkomst !== undefined)
    uit.push({ type: 'trajecten.traject.afgesloten', trajectId, uitkomst: o.uitkomst, op: dag(o.afgesloten ?? '2025-05-01') });
  return uit;
}
const n = (aantal: number, o: Parameters<typeof traject>[0]) => Array.from({ length: aantal }, () => traject(o)).flat();

/*
 * Region MC16, school year 2024-2025 (1 Aug 2024 – 31 Jul 2025). Closed in the period, by hand:
 *   Amersfoort GM0307: 12 voltijd onderwijs, 7 leren en werken, 6 werk zonder SK, 2 zorg, 1 onvindbaar
 *   Veenendaal GM0345:  9 voltijd onderwijs, 5 werk zonder SK, 1 geen dagbesteding
 * Not counted: closed before or after the period, another region, still open.
 */
const gebeurtenissen = [
  ...n(12, { uitkomst: 'voltijd-onderwijs', contactNa: 3, intakeNa: 20 }),
  ...n(7, { uitkomst: 'combinatie-leren-werken', contactNa: 10, intakeNa: 30 }),
  ...n(6, { uitkomst: 'werk-zonder-startkwalificatie', contactNa: 27, intakeNa: 42 }),
  ...n(2, { uitkomst: 'zorg-opvang-detentie', contactNa: 28, intakeNa: 43 }),
  ...n(1, { uitkomst: 'verhuisd-onvindbaar' }),
  ...n(9, { gemeente: 'GM0345', bron: 'signaal', uitkomst: 'voltijd-onderwijs', contactNa: 1, intakeNa: 8 }),
  ...n(5, { gemeente: 'GM0345', bron: 'signaal', uitkomst: 'werk-zonder-startkwalificatie', contactNa: 50 }),
  ...n(1, { gemeente: 'GM0345', bron: 'school', uitkomst: 'beeindigd-zonder-dagbesteding', contactNa: 5, intakeNa: 60 }),
  ...n(3, { uitkomst: 'overig', signaal: '2023-09-01', afgesloten: '2024-07-31' }),
  ...n(2, { uitkomst: 'overig', afgesloten: '2025-08-01' }),
  ...n(4, { regio: 'MC19', gemeente: 'GM0344', uitkomst: 'voltijd-onderwijs' }),
  ...n(3, { contactNa: 2 }),
];

const selectie = { periode: { van: '2024-08-01', tot: '2025-07-31' }, rmcRegio: 'MC16' };

describe('effectrapportage', () => {
  const stand = trajectenstand(gebeurtenissen);

  it('the outcome table of one region, per gemeente', () => {
    const tabel = uitkomstenPerGemeente(stand, selectie);
    expect(tabel.rijen).toEqual(['GM0307', 'GM0345']);
    // voltijd, leren-werken, werk zonder SK, zorg, geen dagbesteding, onvindbaar, overig
    expect(tabel.cellen).toEqual([
      [12, 7, 6, 2, 0, 1, 0],
      [9, 0, 5, 0, 1, 0, 0],
    ]);
  });

  it('time from signal or DUO report to first contact and to intake: < 4, 4–6, > 6 weeks, not yet', () => {
    // Signals in the period: 28 DUO (Amersfoort) + 2 closed after it + 3 open = 33 DUO; 14 platform signals; 1 school.
    // On the report's day (end of the period) a step still to come after more than 6 weeks can only be > 6 weeks.
    const contact = tijdigheid(stand, selectie, 'eerste-contact');
    expect(contact.cellen[0]).toEqual([12 + 7 + 6 + 3, 2, 1 + 2, 0]); // 3, 10, 27, 2 days < 28; 28 days; none yet
    expect(contact.cellen[1]).toEqual([9, 0, 5, 0]); // 1 day; 50 days
    expect(contact.cellen[2]).toEqual([1, 0, 0, 0]);
    const intake = tijdigheid(stand, selectie, 'intake');
    expect(intake.cellen[0]).toEqual([12, 7 + 6, 2 + 1 + 2 + 3, 0]); // 20; 30 and 42; 43 and none yet
    expect(intake.cellen[1]).toEqual([9, 0, 5, 0]);
    expect(intake.cellen[2]).toEqual([0, 0, 1, 0]);
  });

  it('on an earlier peildatum, steps still to come within 6 weeks are "nog niet", and later steps do not count yet', () => {
    const vroeg = tijdigheid(stand, { ...selectie, peildatum: '2024-09-20' }, 'eerste-contact'); // 18 days after the signals
    expect(vroeg.cellen[0]).toEqual([12 + 7 + 3, 0, 0, 6 + 2 + 1 + 2]);
  });

  it('published: small cells hidden in both timeliness tables alike at their shared totals; charts follow', () => {
    const rapport = publiceerEffectrapportage(effectrapportage(stand, selectie), STANDAARD_BELEID);
    expect(rapport.uitkomsten.cellen[0][3]).toBeNull(); // 2 zorg
    expect(rapport.uitkomsten.cellen[0][0]).toBe(12);
    expect(rapport.eersteContact.rijtotalen.map((w) => w === null)).toEqual(rapport.intake.rijtotalen.map((w) => w === null));
    expect(rapport.eersteContact.rijtotalen[2]).toBeNull(); // 1 case from a school
    const grafiek = uitkomstenGrafiek(rapport.uitkomsten);
    expect(grafiek.reeksen.find((r) => r.code === 'voltijd-onderwijs')!.waarden).toEqual([12, 9]);
    expect(tijdigheidGrafiek('intake', rapport.intake).reeksen).toHaveLength(5);
    const leeg = publiceerEffectrapportage(effectrapportage(trajectenstand([]), selectie), STANDAARD_BELEID);
    expect(leeg.uitkomsten.totaal).toBe(0);
  });

  it('programme results: participations started in the period, by result or still running', () => {
    const deelnames: Trajectgebeurtenis[] = [
      ...traject({}),
      { type: 'trajecten.programma.gestart', trajectId: `t${id}`, programma: 'RMC+', op: dag('2024-10-01') },
      { type: 'trajecten.programma.beeindigd', trajectId: `t${id}`, programma: 'RMC+', resultaat: 'opleiding', op: dag('2025-01-01') },
      ...traject({}),
      { type: 'trajecten.programma.gestart', trajectId: `t${id}`, programma: 'RMC+', op: dag('2024-11-01') },
      { type: 'trajecten.programma.gestart', trajectId: `t${id}`, programma: 'Sollicitatieclub', op: dag('2024-11-01') },
      {
        type: 'trajecten.programma.beeindigd',
        trajectId: `t${id}`,
        programma: 'Sollicitatieclub',
        resultaat: 'voortijdig-gestopt',
        op: dag('2024-12-01'),
      },
      { type: 'trajecten.programma.gestart', trajectId: `t${id}`, programma: 'Oud', op: dag('2023-11-01') },
    ];
    const tabel = programmaresultaten(trajectenstand(deelnames), selectie);
    expect(tabel.rijen).toEqual(['RMC+', 'Sollicitatieclub']);
    // opleiding … voortijdig gestopt (6th) … loopt nog (last)
    expect(tabel.cellen).toEqual([
      [1, 0, 0, 0, 0, 0, 0, 0, 0, 1],
      [0, 0, 0, 0, 0, 1, 0, 0, 0, 0],
    ]);
  });

  it('refuses a period that ends before it starts', () => {
    expect(() => uitkomstenPerGemeente(stand, { periode: { van: '2025-07-31', tot: '2024-08-01' } })).toThrow(
      expect.objectContaining({ code: 'periode.ongeldig' }),
    );
  });
});
