import { randomBytes, randomUUID } from 'node:crypto';
import type { PostgresConnectionOptions } from 'typeorm/driver/postgres/PostgresConnectionOptions';
import { deliverThroughInbox, parsedEvent, serviceTestContext, ServiceTestContext } from '@sluitend/testing';
import { AppModule } from './app.module';
import { rapportageEnvSchema } from './config/rapportage-env';
import { HerbouwProjecties } from './herbouw/commands/herbouw-projecties/herbouw-projecties';
import { ProjecteerOverstapMessage } from './tabellenboek/commands/projecteer-overstap/projecteer-overstap.message';
import { VoegPersonenSamenMessage } from './tabellenboek/commands/voeg-personen-samen/voeg-personen-samen.message';

let context: ServiceTestContext;

beforeAll(async () => {
  context = await serviceTestContext({ service: 'rapportage', envSchema: rapportageEnvSchema, module: (env) => AppModule.forEnv(env) });
});

afterAll(() => context?.close());

/** What overstap published, in log order (the rebuild replays it). */
const log: string[] = [];
const jongere = () => randomBytes(32).toString('base64url');
const tellingen = async (jongereId: string) => {
  const [rij] = await context.dataSource.query<Array<Record<string, number>>>(
    `SELECT (SELECT count(*)::int FROM overstap_inschrijving WHERE jongere_id = $1) AS inschrijvingen,
            (SELECT count(*)::int FROM overstap_signaal WHERE jongere_id = $1) AS signalen,
            (SELECT count(*)::int FROM vsv_inschrijving WHERE jongere_id = $1) AS vsv,
            (SELECT count(*)::int FROM vsv_jongere WHERE jongere_id = $1 AND laatste_teldatum_onder23 = '2031-10-01') AS leeftijd`,
    [jongereId],
  );
  return rij;
};

describe('overstap.persoon.gekoppeld in rapportage (through the inbox, real database)', () => {
  it("re-keys the onderwijsnummer's projected inschrijvingen, signals and VSV facts to the BSN pseudonym, once", async () => {
    const [van, naar] = [jongere(), jongere()];
    const inschrijvingId = randomUUID();
    const events = [
      parsedEvent(
        'overstap.inschrijving.geregistreerd',
        {
          inschrijvingId,
          schooljaar: '2026-2027',
          mboBrin: '25LP',
          locatie: '25LP00',
          crebo: '25180',
          niveau: 2,
          ingeschrevenPer: '2027-08-30',
          switchVan: null,
          laatsteTeldatumOnder23: '2031-10-01',
        },
        { jongereId: van, context: { schooljaar: '2026-2027' } },
      ),
      parsedEvent(
        'overstap.signaal.uitschrijving-zonder-startkwalificatie',
        {
          signaalId: randomUUID(),
          schooljaar: '2026-2027',
          inschrijvingId,
          mboBrin: '25LP',
          uitgeschrevenPer: '2027-10-20',
          reden: 3,
          herinschrijvingUiterlijk: '2027-11-17',
        },
        { jongereId: van, context: { schooljaar: '2026-2027' } },
      ),
    ];
    for (const event of events) {
      log.push(JSON.stringify(event));
      await deliverThroughInbox(context.app, [event], (fresh, inbox) => context.app.get(ProjecteerOverstapMessage).handle(fresh as never, inbox));
    }
    expect(await tellingen(van)).toEqual({ inschrijvingen: 1, signalen: 1, vsv: 1, leeftijd: 1 });

    const gekoppeld = parsedEvent('overstap.persoon.gekoppeld', { van, naar }, { jongereId: naar, context: {} });
    log.push(JSON.stringify(gekoppeld));
    await deliverThroughInbox(context.app, [gekoppeld], (fresh, inbox) => context.app.get(VoegPersonenSamenMessage).gekoppeld(fresh, inbox));
    await deliverThroughInbox(context.app, [gekoppeld], (fresh, inbox) => context.app.get(VoegPersonenSamenMessage).gekoppeld(fresh, inbox));
    expect(await tellingen(van)).toEqual({ inschrijvingen: 0, signalen: 0, vsv: 0, leeftijd: 0 });
    expect(await tellingen(naar)).toEqual({ inschrijvingen: 1, signalen: 1, vsv: 1, leeftijd: 1 });
  });

  it('rebuilds the same projections from the log, the link applied after the events before it', async () => {
    const herbouw = new HerbouwProjecties(context.dataSource, (context.dataSource.options as PostgresConnectionOptions).url as string);
    const resultaat = await herbouw.execute({
      input: { records: log, herbouwSchema: `herbouw_${randomUUID().slice(0, 8)}`, behouden: false, chunk: 50 },
    });
    expect(resultaat).toMatchObject({ gelezen: 3, toegepast: 3, overgeslagen: 0 });
    expect(resultaat.vergelijking.tabellen.filter((t) => !t.gelijk)).toEqual([]);
  });
});
