import { randomBytes, randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { parseEvent } from '@sluitend/contracts';
import { localDateOf } from '@sluitend/domain-nl';
import { DemoClock, DueWorkSweeper } from '@sluitend/platform';
import { serviceTestContext, ServiceTestContext } from '@sluitend/testing';
import { AppModule } from '../../app.module';
import { overstapEnvSchema } from '../../config/overstap-env';
import { routingContext } from '../../routering/domain/routing-context';
import { PlanDeadlines } from '../commands/plan-deadlines/plan-deadlines';
import { PlanHerinschrijvingstermijn } from '../commands/plan-herinschrijvingstermijn/plan-herinschrijvingstermijn';
import { SluitHerinschrijvingstermijn } from '../commands/sluit-herinschrijvingstermijn/sluit-herinschrijvingstermijn';
import { VuurDeadline } from '../commands/vuur-deadline/vuur-deadline';
import { aanmeldingGemistDueAt } from '../domain/aanmelding-gemist';
import { DEADLINES_WERK } from './vuur-deadlines.job';

let context: ServiceTestContext;

beforeAll(async () => {
  context = await serviceTestContext({ service: 'overstap', envSchema: overstapEnvSchema, module: (env) => AppModule.forEnv(env) });
});

afterAll(() => context?.close());

type Envelope = { type: string; jongereId: string | null; correlationId: string; context: Record<string, unknown>; payload: Record<string, unknown> };

const query = <T>(sql: string, params: unknown[] = []): Promise<T[]> => context.dataSource.query(sql, params);
const outbox = (type: string) =>
  query<{ envelope: Envelope }>('SELECT envelope FROM outbox WHERE event_type = $1 ORDER BY id', [type]).then((rows) =>
    rows.map((row) => row.envelope),
  );
const signalen = (regel: string) =>
  query<{ id: string; jongere_id: string }>('SELECT id, jongere_id FROM signaal WHERE regel = $1 ORDER BY jongere_id', [regel]);
const sweep = () => context.app.get(DueWorkSweeper).sweep(DEADLINES_WERK);
const naar = (moment: string) => context.app.get(DemoClock).jumpTo(new Date(moment));
const totaal = async () =>
  (
    await query<{ n: string }>(
      'SELECT (SELECT count(*) FROM signaal) + (SELECT count(*) FROM outbox) + (SELECT count(*) FROM deadline WHERE fired_at IS NULL) AS n',
    )
  )[0].n;
const gesorteerd = (ids: string[]) => [...ids].sort();
const tx = <T>(work: (manager: EntityManager) => Promise<T>): Promise<T> => context.dataSource.transaction(work);

/**
 * The rows a deadline's rule reads, written as the other capabilities would (this job test does not drive their use
 * cases — those depend on deadlines; the whole year through them is `schooljaar.int-spec.ts`).
 */
const cohort = {
  async leerling(bestemming: string, vestiging = '00AH00'): Promise<string> {
    const jongereId = randomBytes(32).toString('base64url');
    const inhoud = { leerling: { geboortedatum: '2009-05-12' }, keuze: { bestemming } };
    await query(
      `INSERT INTO dossier (id, jongere_id, schooljaar, brin, vestiging, woongemeente, rmc_regio, versie, persoonsnummer_versleuteld, inhoud, inhoud_hash, ingediend_op, bijgewerkt_op)
       VALUES ($1, $2, '2026-2027', '00AH', $3, 'GM0014', 'MC03', 1, 'x', $4, 'h', now(), now())`,
      [randomUUID(), jongereId, vestiging, JSON.stringify(inhoud)],
    );
    return jongereId;
  },
  async aanmelding(jongereId: string, aangemeldOp: string): Promise<void> {
    await query(
      `INSERT INTO aanmelding (id, jongere_id, schooljaar, mbo_brin, locatie, crebo, niveau, startdatum, status, aangemeld_op, op_tijd, gewijzigd_op)
       VALUES ($1, $2, '2026-2027', '25LP', '25LP00', '25180', 2, '2027-08-30', 'aangemeld', $3, true, $3)`,
      [randomUUID(), jongereId, new Date(aangemeldOp)],
    );
  },
  async inschrijving(jongereId: string, ingeschrevenPer: string, uitgeschrevenPer: string | null): Promise<void> {
    await query(
      `INSERT INTO inschrijving (id, jongere_id, schooljaar, mbo_brin, locatie, crebo, niveau, ingeschreven_per, uitgeschreven_per, uitschrijfreden, status, geregistreerd_op)
       VALUES ($1, $2, '2026-2027', '25LP', '25LP00', '25180', 2, $3, $4, $5, $6, now())`,
      [randomUUID(), jongereId, ingeschrevenPer, uitgeschrevenPer, uitgeschrevenPer ? 3 : null, uitgeschrevenPer ? 'uitgeschreven' : 'ingeschreven'],
    );
  },
};

describe('firing due deadlines on the sweeper (VuurDeadlinesJob)', () => {
  const leerlingen: Record<'opTijd' | 'teLaat' | 'nooit' | 'havo', string> = { opTijd: '', teLaat: '', nooit: '', havo: '' };

  beforeAll(async () => {
    leerlingen.opTijd = await cohort.leerling('mbo');
    leerlingen.teLaat = await cohort.leerling('mbo', '00AH01');
    leerlingen.nooit = await cohort.leerling('mbo');
    leerlingen.havo = await cohort.leerling('havo');
    await cohort.aanmelding(leerlingen.opTijd, '2027-03-10T10:00:00+01:00');
    await cohort.aanmelding(leerlingen.teLaat, '2027-04-05T10:00:00+02:00');
  });

  it("plans a schooljaar's cohort deadlines once, however often its dossiers arrive", async () => {
    const plan = context.app.get(PlanDeadlines);
    await tx((manager) => plan.execute({ input: { schooljaren: ['2026-2027', '2026-2027'] } }, manager));
    await tx((manager) => plan.execute({ input: { schooljaren: ['2026-2027'] } }, manager));
    expect(await query(`SELECT regel FROM deadline WHERE schooljaar = '2026-2027' ORDER BY due_at`)).toEqual([
      { regel: 'vroege-waarschuwing-03-01' },
      { regel: 'vroege-waarschuwing-03-15' },
      { regel: 'aanmelding-gemist' },
      { regel: 'niet-ingeschreven-teldatum' },
    ]);
  });

  it('fires what fell due once the clock passes 1 April: the students without an aanmelding by then, once, with one event each', async () => {
    await naar('2027-04-02T09:00:00+02:00');
    await sweep();

    const gemist = await signalen('aanmelding-gemist');
    expect(gemist.map((s) => s.jongere_id)).toEqual(gesorteerd([leerlingen.teLaat, leerlingen.nooit]));
    const events = await outbox('overstap.deadline.aanmelding-gemist');
    expect(gesorteerd(events.map((event) => event.payload.signaalId as string))).toEqual(gesorteerd(gemist.map((s) => s.id)));
    expect(events[0]).toMatchObject({
      correlationId: 'deadline:aanmelding-gemist:2026-2027',
      context: { schooljaar: '2026-2027', woongemeente: 'GM0014', rmcRegio: 'MC03', brin: '00AH', minderjarig: true },
      payload: { schooljaar: '2026-2027', brin: '00AH', woongemeente: 'GM0014', rmcRegio: 'MC03', deadline: '2027-04-01T21:59:59.999Z' },
    });
    // On 1 March nobody had applied: one event per vestiging lists its mbo-bound students; by 15 March one had.
    expect(gesorteerd((await signalen('vroege-waarschuwing-03-01')).map((s) => s.jongere_id))).toEqual(
      gesorteerd([leerlingen.opTijd, leerlingen.teLaat, leerlingen.nooit]),
    );
    expect((await signalen('vroege-waarschuwing-03-15')).map((s) => s.jongere_id)).toEqual(gesorteerd([leerlingen.teLaat, leerlingen.nooit]));
    const waarschuwingen = await outbox('overstap.signaal.vroege-waarschuwing');
    expect(waarschuwingen.map((event) => [event.payload.peildatum, event.payload.vestiging, event.payload.aantal]).sort()).toEqual([
      ['2027-03-01', '00AH00', 2],
      ['2027-03-01', '00AH01', 1],
      ['2027-03-15', '00AH00', 1],
      ['2027-03-15', '00AH01', 1],
    ]);
    const fired = await query<{ regel: string }>(`SELECT regel FROM deadline WHERE fired_at IS NOT NULL ORDER BY regel`);
    expect(fired.map((deadline) => deadline.regel)).toEqual(['aanmelding-gemist', 'vroege-waarschuwing-03-01', 'vroege-waarschuwing-03-15']);
  });

  it('adds nothing on a second sweep', async () => {
    const voor = await totaal();
    expect((await sweep()).items).toBe(0);
    expect(await totaal()).toBe(voor);
  });

  it('leaves a due deadline whose rule is not configured unfired: nothing is marked done that never ran', async () => {
    await query(`INSERT INTO deadline (regel, schooljaar, due_at) VALUES ('vroege-waarschuwing-02-10', '2026-2027', '2027-02-09T23:00:00Z')`);
    await sweep();
    expect(await query(`SELECT fired_at FROM deadline WHERE regel = 'vroege-waarschuwing-02-10'`)).toEqual([{ fired_at: null }]);
    expect(await signalen('vroege-waarschuwing-02-10')).toEqual([]);
    await query(`DELETE FROM deadline WHERE regel = 'vroege-waarschuwing-02-10'`);
  });

  it('signals "geen herinschrijving" when a re-enrolment window ends open, and not when an inschrijving closed it', async () => {
    const open = await cohort.leerling('mbo');
    const gesloten = await cohort.leerling('mbo');
    await naar('2027-10-20T12:00:00+02:00');
    for (const jongereId of [open, gesloten]) {
      await cohort.inschrijving(jongereId, '2027-08-30', '2027-10-20');
      const { uiterlijk } = await tx((manager) =>
        context.app
          .get(PlanHerinschrijvingstermijn)
          .execute({ input: { jongereId, schooljaar: '2026-2027', uitgeschrevenPer: '2027-10-20', inschrijvingId: randomUUID() } }, manager),
      );
      expect(uiterlijk).toBe('2027-11-17');
    }
    await cohort.inschrijving(gesloten, '2027-11-17', null);
    const sluit = context.app.get(SluitHerinschrijvingstermijn);
    expect(await tx((manager) => sluit.execute({ input: { jongereId: gesloten, ingeschrevenPer: '2027-11-17', op: new Date() } }, manager))).toBe(1);

    await naar('2027-11-18T09:00:00+01:00');
    await sweep();
    await sweep();
    expect((await signalen('geen-herinschrijving')).map((s) => s.jongere_id)).toEqual([open]);
    const [event, ...meer] = await outbox('overstap.deadline.geen-herinschrijving');
    expect(meer).toEqual([]);
    expect(event).toMatchObject({
      jongereId: open,
      correlationId: 'deadline:geen-herinschrijving:2026-2027',
      payload: { uitgeschrevenPer: '2027-10-20', termijnWeken: 4 },
    });
  });
});

describe('the 1 April sweep builds its signals and their envelopes in SQL (one statement)', () => {
  const SCHOOLJAAR = '2027-2028';
  const OP = new Date('2028-04-02T09:00:00+02:00');
  type Leerling = { geboortedatum?: string; rmcRegio: string | null; vestiging: string };
  // 18 on 2 April 2028 (the peildatum) when born on or before 2 April 2010; a 29 February, no date, no RMC-regio.
  const leerlingen: Leerling[] = [
    { geboortedatum: '2010-04-02', rmcRegio: 'MC03', vestiging: '00AH00' },
    { geboortedatum: '2010-04-03', rmcRegio: 'MC03', vestiging: '00AH01' },
    { geboortedatum: '2008-02-29', rmcRegio: null, vestiging: '00AH00' },
    { rmcRegio: 'MC21', vestiging: '00AH02' },
  ];
  const dossiers = new Map<string, { dossierId: string; leerling: Leerling }>();
  const deadline = { regel: 'aanmelding-gemist', schooljaar: SCHOOLJAAR, jongereId: '', aanleiding: '', dueAt: aanmeldingGemistDueAt(SCHOOLJAAR) };
  const vuur = () =>
    tx((manager) =>
      context.app.get(VuurDeadline).execute({ input: { ...deadline, op: OP }, correlationId: 'deadline:aanmelding-gemist:2027-2028' }, manager),
    );
  const gemist = () =>
    query<{ event_id: string; message_key: string; envelope: Envelope & { id: string } }>(
      `SELECT event_id, message_key, envelope FROM outbox WHERE event_type = 'overstap.deadline.aanmelding-gemist' AND envelope -> 'payload' ->> 'schooljaar' = $1`,
      [SCHOOLJAAR],
    );

  beforeAll(async () => {
    await naar(OP.toISOString());
    for (const leerling of leerlingen) {
      const jongereId = randomBytes(32).toString('base64url');
      const dossierId = randomUUID();
      await query(
        `INSERT INTO dossier (id, jongere_id, schooljaar, brin, vestiging, woongemeente, rmc_regio, versie, persoonsnummer_versleuteld, inhoud, inhoud_hash, ingediend_op, bijgewerkt_op)
         VALUES ($1, $2, $3, '00AH', $4, 'GM0014', $5, 1, 'x', $6, 'h', now(), now())`,
        [
          dossierId,
          jongereId,
          SCHOOLJAAR,
          leerling.vestiging,
          leerling.rmcRegio,
          JSON.stringify({ leerling: { geboortedatum: leerling.geboortedatum }, keuze: { bestemming: 'mbo' } }),
        ],
      );
      dossiers.set(jongereId, { dossierId, leerling });
    }
  });

  it('writes per student one envelope the contract parses unchanged, with the routing context routingContext gives and the id as the outbox row', async () => {
    expect(await vuur()).toBe(leerlingen.length);
    const rijen = await gemist();
    expect(rijen).toHaveLength(leerlingen.length);
    const signaalIds = new Map(
      (
        await query<{ id: string; jongere_id: string }>(`SELECT id, jongere_id FROM signaal WHERE regel = 'aanmelding-gemist' AND schooljaar = $1`, [
          SCHOOLJAAR,
        ])
      ).map((s) => [s.jongere_id, s.id]),
    );
    for (const { event_id, message_key, envelope } of rijen) {
      expect(parseEvent(envelope)).toEqual(envelope);
      const jongereId = envelope.jongereId as string;
      const { dossierId, leerling } = dossiers.get(jongereId) as { dossierId: string; leerling: Leerling };
      const herkomst = {
        woongemeente: 'GM0014',
        rmcRegio: leerling.rmcRegio,
        brin: '00AH',
        vestiging: leerling.vestiging,
        geboortedatum: leerling.geboortedatum ?? null,
      };
      expect({ event_id, message_key }).toEqual({ event_id: envelope.id, message_key: jongereId });
      expect(envelope).toEqual({
        id: expect.any(String),
        type: 'overstap.deadline.aanmelding-gemist',
        version: 1,
        occurredAt: expect.stringMatching(/^2028-04-02T07:/),
        producer: 'overstap',
        jongereId,
        correlationId: 'deadline:aanmelding-gemist:2027-2028',
        context: routingContext(SCHOOLJAAR, herkomst, localDateOf(OP)),
        payload: {
          signaalId: signaalIds.get(jongereId),
          schooljaar: SCHOOLJAAR,
          dossierId,
          brin: '00AH',
          vestiging: leerling.vestiging,
          woongemeente: 'GM0014',
          rmcRegio: leerling.rmcRegio,
          deadline: '2028-04-01T21:59:59.999Z',
        },
      });
    }
    expect(rijen.map((rij) => rij.envelope.context.minderjarig)).toEqual(expect.arrayContaining([false, true, false, undefined]));
  });

  it('adds no signal and no envelope when fired again, also by two transactions at once (a retry, a second replica)', async () => {
    expect(await Promise.all([vuur(), vuur(), vuur()])).toEqual([0, 0, 0]);
    await query(`DELETE FROM signaal WHERE regel = 'aanmelding-gemist' AND schooljaar = $1 AND jongere_id = $2`, [
      SCHOOLJAAR,
      [...dossiers.keys()][0],
    ]);
    // One student's signal gone (as if never raised): of three firings at once exactly one raises it again, with one envelope.
    expect((await Promise.all([vuur(), vuur(), vuur()])).sort()).toEqual([0, 0, 1]);
    expect(await gemist()).toHaveLength(leerlingen.length + 1);
    expect(
      (await query<{ n: number }>(`SELECT count(*)::int AS n FROM signaal WHERE regel = 'aanmelding-gemist' AND schooljaar = $1`, [SCHOOLJAAR]))[0].n,
    ).toBe(leerlingen.length);
  });
});
