import { randomUUID } from 'node:crypto';
import type { PostgresConnectionOptions } from 'typeorm/driver/postgres/PostgresConnectionOptions';
import { EventType, ParsedEvent, topicNames } from '@sluitend/contracts';
import { createKafka, MESSAGING_CONFIG, MessagingConfig, readTopic } from '@sluitend/messaging';
import { deliverThroughInbox, parsedEvent, serviceTestContext, ServiceTestContext } from '@sluitend/testing';
import { AppModule } from '../../../app.module';
import { rapportageEnvSchema } from '../../../config/rapportage-env';
import { ProjecteerDossierMessage } from '../../../dossiers/commands/projecteer-dossier/projecteer-dossier.message';
import { ProjecteerOverstapMessage } from '../../../tabellenboek/commands/projecteer-overstap/projecteer-overstap.message';
import { cohortGebeurtenissen, routeer } from '../../../test-support/overstap-gebeurtenissen.fixture';
import { rapport } from '../../domain/vergelijking';
import { HerbouwProjecties, PROJECTIES } from './herbouw-projecties';

let context: ServiceTestContext;
let topic: string;
let herbouw: HerbouwProjecties;

const kafka = () => createKafka('rapportage-herbouw-test', (process.env.KAFKA_BROKERS as string).split(','));
const herbouwSchema = `herbouw_${randomUUID().slice(0, 8)}`;
const speelAf = async () =>
  herbouw.execute({ input: { records: (await readTopic(kafka(), topic)).map((r) => r.value), herbouwSchema, behouden: false, chunk: 50 } });

beforeAll(async () => {
  context = await serviceTestContext({ service: 'rapportage', envSchema: rapportageEnvSchema, module: (env) => AppModule.forEnv(env) });
  const config = context.app.get<MessagingConfig>(MESSAGING_CONFIG);
  topic = topicNames(config.topicPrefix, 'overstap').events;
  herbouw = new HerbouwProjecties(context.dataSource, (context.dataSource.options as PostgresConnectionOptions).url as string);

  // A cohort as overstap publishes it: on the real topic (the event log) and applied live through the inbox.
  const leerlingen = cohortGebeurtenissen([
    {
      aantal: 40,
      versies: [
        { bestemming: 'mbo', op: '2026-01-10T09:00:00.000Z' },
        { bestemming: 'mbo', op: '2026-05-10T09:00:00.000Z' },
      ],
      aanmelding: { niveau: 3, op: '2026-03-01T09:00:00.000Z', opTijd: true },
      inschrijving: { niveau: 3, per: '2026-08-01', beeindigdPer: '2026-11-01' },
      signalen: ['aanmelding-gemist'],
    },
    {
      aantal: 25,
      brin: '01AB',
      rmcRegio: 'MC07',
      versies: [{ bestemming: 'havo', op: '2026-02-10T09:00:00.000Z' }],
      signalen: ['niet-ingeschreven-teldatum'],
    },
  ]);
  const waarschuwing = parsedEvent(
    'overstap.signaal.vroege-waarschuwing',
    {
      schooljaar: '2025-2026',
      peildatum: '2026-03-01',
      brin: '00AH',
      vestiging: '00AH00',
      aantal: 2,
      dossierIds: leerlingen.slice(0, 2).map((l) => l.dossierId),
    },
    { context: { schooljaar: '2025-2026', brin: '00AH', vestiging: '00AH00' } },
  );
  const events: ParsedEvent[] = [...leerlingen.flatMap((l) => l.events), waarschuwing];
  const producer = kafka().producer();
  await producer.connect();
  // The first event twice, as a redelivery after a producer retry would put it in the log.
  await producer.send({
    topic,
    messages: [...events, events[0]].map((event) => ({ key: event.jongereId ?? event.id, value: JSON.stringify(event) })),
  });
  await producer.disconnect();
  await deliverThroughInbox<EventType>(
    context.app,
    events,
    routeer({ dossiers: context.app.get(ProjecteerDossierMessage), overstap: context.app.get(ProjecteerOverstapMessage) }),
  );
});

afterAll(() => context?.close());

describe('herbouw: rapportage projections replayed from the event log (real Kafka topic, real PostgreSQL)', () => {
  it('rebuilds every projection equal to the live one: row counts and checksums, each event id once', async () => {
    const resultaat = await speelAf();
    process.stdout.write(`${rapport(resultaat.vergelijking, resultaat.verschillen).join('\n')}\n`);
    expect(resultaat).toMatchObject({ herhaald: 1, onleesbaar: 0, overgeslagen: 0, vroegste: '2026-01-10T09:00:00.000Z' });
    expect(resultaat.toegepast).toBe(resultaat.gelezen - 1);
    expect(resultaat.vergelijking.tabellen.map((t) => t.tabel)).toEqual([...PROJECTIES]);
    expect(resultaat.vergelijking.tabellen.map((t) => [t.tabel, t.live.rijen])).toEqual([
      ['dossier_projectie', 65],
      ['overstap_dossierversie', 105],
      ['overstap_aanmelding', 40],
      ['overstap_inschrijving', 40],
      ['overstap_signaal', 40 + 25 + 2],
    ]);
    expect(resultaat.vergelijking.gelijk).toBe(true);
    expect(resultaat.verschillen).toEqual([]);
    const [{ n }] = await context.dataSource.query('SELECT count(*)::int AS n FROM information_schema.schemata WHERE schema_name = $1', [
      herbouwSchema,
    ]);
    expect(n).toBe(0);
  });

  it('reports a live projection that drifted from the log: the table, the rows on each side and their keys', async () => {
    // TypeORM answers an UPDATE … RETURNING with [rows, count].
    const [[{ aanmelding_id }]] = await context.dataSource.query(
      `UPDATE overstap_aanmelding SET status = 'afgewezen' WHERE aanmelding_id = (SELECT min(aanmelding_id::text)::uuid FROM overstap_aanmelding) RETURNING aanmelding_id`,
    );
    await context.dataSource.query(`DELETE FROM overstap_signaal WHERE signaal_type = 'overstap.signaal.vroege-waarschuwing'`);
    const resultaat = await speelAf();
    expect(resultaat.vergelijking.gelijk).toBe(false);
    expect(resultaat.vergelijking.tabellen.filter((t) => !t.gelijk).map((t) => t.tabel)).toEqual(['overstap_aanmelding', 'overstap_signaal']);
    expect(resultaat.verschillen).toEqual([
      {
        tabel: 'overstap_aanmelding',
        alleenLive: 1,
        alleenHerbouw: 1,
        voorbeelden: expect.arrayContaining([expect.stringContaining(aanmelding_id)]),
      },
      {
        tabel: 'overstap_signaal',
        alleenLive: 0,
        alleenHerbouw: 2,
        voorbeelden: expect.arrayContaining([expect.stringMatching(/^herbouw overstap\.signaal\.vroege-waarschuwing /)]),
      },
    ]);
    expect(rapport(resultaat.vergelijking, resultaat.verschillen).at(-1)).toMatch(/^VERSCHILLEND/);
  });
});
