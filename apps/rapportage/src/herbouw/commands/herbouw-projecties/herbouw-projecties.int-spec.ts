import { randomBytes, randomUUID } from 'node:crypto';
import type { PostgresConnectionOptions } from 'typeorm/driver/postgres/PostgresConnectionOptions';
import { EventType, ParsedEvent, topicNames } from '@sluitend/contracts';
import { createKafka, InboxContext, MESSAGING_CONFIG, MessagingConfig, streamTopic } from '@sluitend/messaging';
import { deliverThroughInbox, parsedEvent, serviceTestContext, ServiceTestContext } from '@sluitend/testing';
import { AppModule } from '../../../app.module';
import { rapportageEnvSchema } from '../../../config/rapportage-env';
import { ProjecteerDossierMessage } from '../../../dossiers/commands/projecteer-dossier/projecteer-dossier.message';
import { ProjecteerOverstapMessage } from '../../../tabellenboek/commands/projecteer-overstap/projecteer-overstap.message';
import { cohortGebeurtenissen, routeer } from '../../../test-support/overstap-gebeurtenissen.fixture';
import { rapport } from '../../domain/vergelijking';
import { ProjecteerAlertsMessage } from '../../../alertcijfers/commands/projecteer-alerts/projecteer-alerts.message';
import { ProjecteerCasussenMessage } from '../../../trajectcijfers/commands/projecteer-casussen/projecteer-casussen.message';
import { ProjecteerBenaderrondesMessage } from '../../../trajectcijfers/commands/projecteer-benaderrondes/projecteer-benaderrondes.message';
import { ProjecteerProgrammadeelnamesMessage } from '../../../trajectcijfers/commands/projecteer-programmadeelnames/projecteer-programmadeelnames.message';
import { ProjecteerMeldingenMessage } from '../../../verzuimcijfers/commands/projecteer-meldingen/projecteer-meldingen.message';
import { ProjecteerZiekteverzuimMessage } from '../../../verzuimcijfers/commands/projecteer-ziekteverzuim/projecteer-ziekteverzuim.message';
import { HERBOUW_BRONNEN, HerbouwProjecties, PROJECTIES } from './herbouw-projecties';

let context: ServiceTestContext;
let topic: string;
let topics: string[];
let herbouw: HerbouwProjecties;

const kafka = () => createKafka('rapportage-herbouw-test', (process.env.KAFKA_BROKERS as string).split(','));
const herbouwSchema = `herbouw_${randomUUID().slice(0, 8)}`;
/** The topics streamed one after another into the rebuild, as the CLI does (the log is never held whole). */
async function* log(): AsyncGenerator<Buffer | null> {
  for (const t of topics) for await (const { message } of streamTopic(kafka(), t)) yield message.value;
}
const speelAf = () => herbouw.execute({ input: { records: log(), herbouwSchema, behouden: false, chunk: 50 } });

/** trajecten's, notificaties' and verzuim's events of a few cases, alerts and meldingen, as those services publish them. */
function andereGebeurtenissen(): { trajecten: ParsedEvent[]; notificaties: ParsedEvent[]; verzuim: ParsedEvent[] } {
  const trajecten: ParsedEvent[] = [];
  for (let i = 0; i < 10; i++) {
    const casusId = randomUUID();
    const geopendOp = '2026-02-01T09:00:00.000Z';
    trajecten.push(
      parsedEvent('trajecten.casus.geopend', {
        casusId,
        rmcRegio: 'MC07',
        aanleiding: 'handmatig',
        signaalEventId: null,
        signaalSoort: null,
        geopendOp,
      }),
    );
    if (i < 6) {
      trajecten.push(
        parsedEvent(
          'trajecten.casus.afgesloten',
          {
            casusId,
            rmcRegio: 'MC07',
            vanStatus: 'traject',
            uitkomst: i % 2 === 0 ? 'voltijd-onderwijs' : 'werk-zonder-startkwalificatie',
            geopendOp,
            afgeslotenOp: '2026-04-01T09:00:00.000Z',
            tijdigheid: { eersteContact: 'minder-dan-4-weken', intake: i < 3 ? 'minder-dan-4-weken' : 'meer-dan-6-weken' },
            ...(i % 2 === 0 ? {} : { inkomensklasse: 'minder-dan-300' as const }),
          },
          // The JiKP projection keeps the outcome per young person (ADR 0028).
          { jongereId: randomBytes(32).toString('base64url') },
        ),
      );
    }
  }
  // Two closed outreach rounds and four programme participations (three ended), the end of one before its start.
  for (let i = 0; i < 2; i++) {
    trajecten.push(
      parsedEvent('trajecten.benaderronde.afgesloten', {
        rondeId: randomUUID(),
        rmcRegio: 'MC07',
        afgeslotenOp: `2026-0${i + 3}-01T09:00:00.000Z`,
        aangeschreven: 257,
        zelfGereageerd: 52,
        telefonischBereikt: 62,
        andersBereikt: 46,
        nietBereikt: 90,
        nogOpen: 7,
        inBeeld: 160,
        overgedragenAan: { rmc: 11, jongerenwerk: 26, jongerenloket: 9 },
      }),
    );
  }
  const programmaId = randomUUID();
  for (let i = 0; i < 4; i++) {
    const deelname = { programmaId, casusId: randomUUID(), rmcRegio: 'MC07', aangemeldOp: '2026-02-02' };
    const gestart = parsedEvent('trajecten.programma.deelname-gestart', deelname);
    const beeindigd = parsedEvent('trajecten.programma.deelname-beeindigd', { ...deelname, afgemeldOp: '2026-05-01', resultaat: 'opleiding' });
    if (i === 0) trajecten.push(beeindigd, gestart);
    else trajecten.push(gestart, ...(i < 3 ? [beeindigd] : []));
  }
  const notificaties: ParsedEvent[] = [];
  for (let i = 0; i < 8; i++) {
    const basis = {
      alertId: randomUUID(),
      nummer: i + 1,
      signaalType: 'overstap.deadline.aanmelding-gemist',
      organisatie: { type: 'rmc-regio' as const, code: 'MC07' },
      ontvanger: 'rmc-woonregio' as const,
    };
    notificaties.push(
      parsedEvent('notificaties.alert.aangemaakt', {
        ...basis,
        signaalEventId: randomUUID(),
        aangemaaktOp: '2026-03-02T09:00:00.000Z',
        escalerenOp: null,
      }),
    );
    if (i < 5)
      notificaties.push(parsedEvent('notificaties.alert.opgepakt', { ...basis, vanStatus: 'nieuw', opgepaktOp: '2026-03-02T12:00:00.000Z' }));
  }
  const verzuim: ParsedEvent[] = [];
  for (let i = 0; i < 6; i++) {
    const meldingId = randomUUID();
    verzuim.push(
      parsedEvent('verzuim.melding.voor-leerplicht', {
        signaalId: meldingId,
        meldingId,
        soort: 'zestien-uur',
        startdatum: '2026-02-02',
        einddatum: '2026-02-27',
        urenGemist: 16,
        dagenGemist: 4,
        alleLessenGemist: false,
        verplicht: true,
        vervolgmelding: false,
        handmatig: false,
        brin: '00AH',
        woongemeente: 'GM0014',
        rmcRegio: 'MC07',
      }),
    );
    if (i === 0)
      verzuim.push(
        parsedEvent('verzuim.melding.ingetrokken', { meldingId, soort: 'zestien-uur', startdatum: '2026-02-02', brin: '00AH', reden: 'correctie' }),
      );
    // The lifecycle (verzuim.melding.status-gewijzigd): in behandeling, then afgesloten with DUO's reason, or acknowledged.
    const stap = (actie: 'in-behandeling-nemen' | 'afsluiten' | 'ter-kennisgeving-aannemen', van: string, naar: string, op: string) =>
      parsedEvent('verzuim.melding.status-gewijzigd', {
        meldingId,
        soort: 'zestien-uur',
        startdatum: '2026-02-02',
        brin: '00AH',
        actie,
        vanStatus: van as never,
        naarStatus: naar as never,
        sluitreden: actie === 'afsluiten' ? 'inschrijving-beeindigd-werk' : null,
        masFase: 'handelen',
        masRoute: 'vrijwillige-hulp',
        gewijzigdOp: op,
      });
    if (i >= 2) verzuim.push(stap('in-behandeling-nemen', 'geregistreerd', 'in-behandeling', '2026-03-02T09:00:00.000Z'));
    if (i >= 4) verzuim.push(stap('afsluiten', 'in-behandeling', 'afgesloten', `2026-04-0${i}T09:00:00.000Z`));
    if (i === 1) verzuim.push(stap('ter-kennisgeving-aannemen', 'geregistreerd', 'ter-kennisgeving-aangenomen', '2026-03-03T09:00:00.000Z'));
  }
  // M@ZL signals (verzuim.ziekteverzuim.*): both grounds, two schools; one withdrawn after it was raised, one whose
  // withdrawal comes first in the log (it waits in its row, uncounted, until the signal arrives).
  for (let i = 0; i < 5; i++) {
    const signaalId = randomUUID();
    const grond = i % 2 === 0 ? 'vier-ziekmeldingen-in-twaalf-schoolweken' : 'zevende-schooldag-ziek';
    const brin = i < 3 ? '00AH' : '01AB';
    const zorgwekkend = parsedEvent('verzuim.ziekteverzuim.zorgwekkend', {
      signaalId,
      grond,
      datum: '2026-03-1' + i,
      ziekmeldingen: ['2026-03-09'],
      schooljaar: '2025-2026',
      brin,
      woongemeente: 'GM0014',
      kalenders: [brin],
    });
    const ingetrokken = parsedEvent('verzuim.ziekteverzuim.ingetrokken', { signaalId, grond, datum: '2026-03-1' + i, brin, reden: 'correctie' });
    if (i === 4) verzuim.push(ingetrokken, zorgwekkend);
    else verzuim.push(zorgwekkend, ...(i === 1 ? [ingetrokken] : []));
  }
  return { trajecten, notificaties, verzuim };
}

beforeAll(async () => {
  context = await serviceTestContext({ service: 'rapportage', envSchema: rapportageEnvSchema, module: (env) => AppModule.forEnv(env) });
  const config = context.app.get<MessagingConfig>(MESSAGING_CONFIG);
  topic = topicNames(config.topicPrefix, 'overstap').events;
  topics = HERBOUW_BRONNEN.map((service) => topicNames(config.topicPrefix, service).events);
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
      inschrijving: { niveau: 3, per: '2026-08-01', beeindigdPer: '2026-11-01', startkwalificatie: true },
      laatsteTeldatumOnder23: '2031-10-01',
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
  const anderen = andereGebeurtenissen();
  for (const service of ['trajecten', 'notificaties', 'verzuim'] as const) {
    await producer.send({
      topic: topicNames(config.topicPrefix, service).events,
      messages: anderen[service].map((event) => ({ key: event.jongereId ?? event.id, value: JSON.stringify(event) })),
    });
  }
  await producer.disconnect();
  const perType = async (events: ParsedEvent[], handle: (run: never[], inbox: InboxContext) => Promise<void>) => {
    await deliverThroughInbox<EventType>(context.app, events, async (fresh, inbox) => {
      for (let start = 0; start < fresh.length;) {
        let end = start + 1;
        while (end < fresh.length && fresh[end].type === fresh[start].type) end++;
        await handle(fresh.slice(start, end) as never[], inbox);
        start = end;
      }
    });
  };
  const casussen = context.app.get(ProjecteerCasussenMessage);
  const rondes = context.app.get(ProjecteerBenaderrondesMessage);
  const deelnames = context.app.get(ProjecteerProgrammadeelnamesMessage);
  const alerts = context.app.get(ProjecteerAlertsMessage);
  const meldingen = context.app.get(ProjecteerMeldingenMessage);
  const ziekteverzuim = context.app.get(ProjecteerZiekteverzuimMessage);
  await perType(anderen.trajecten, (run, inbox) => {
    const type = (run[0] as ParsedEvent).type;
    if (type === 'trajecten.benaderronde.afgesloten') return rondes.handle(run, inbox);
    if (type.startsWith('trajecten.programma.')) return deelnames.handle(run, inbox);
    return casussen.handle(run, inbox);
  });
  await perType(anderen.notificaties, (run, inbox) => alerts.handle(run, inbox));
  await perType(anderen.verzuim, (run: ParsedEvent[], inbox) =>
    run[0].type.startsWith('verzuim.ziekteverzuim.') ? ziekteverzuim.handle(run as never[], inbox) : meldingen.handle(run as never[], inbox),
  );
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
      ['trajecten_casus', 10],
      ['casus_telling', 4],
      ['trajecten_benaderronde', 2],
      ['trajecten_programmadeelname', 4],
      ['notificaties_alert', 8],
      ['alert_telling', 2],
      ['verzuim_melding', 6],
      ['verzuim_telling_gemeente', 1],
      ['verzuim_telling_school', 1],
      ['verzuim_telling_behandeling', 4],
      ['verzuim_telling_afsluiting', 4],
      ['ziekteverzuim_signaal', 5],
      ['ziekteverzuim_telling', 4],
      ['vsv_inschrijving', 40],
      ['vsv_vo', 65],
      ['vsv_jongere', 40],
      ['jikp_uitkomst', 6],
      ['jikp_koppeling', 0],
    ]);
    expect(resultaat.vergelijking.gelijk).toBe(true);
    expect(resultaat.verschillen).toEqual([]);
    // The counts add up to the rows they count.
    const [tellingen] = await context.dataSource.query(
      `SELECT (SELECT sum(aantal)::int FROM alert_telling) AS alerts, (SELECT count(*)::int FROM notificaties_alert WHERE aangemaakt_op IS NOT NULL) AS aangemaakt,
              (SELECT sum(aantal)::int FROM casus_telling) AS casussen,
              (SELECT count(*)::int FROM trajecten_casus WHERE uitkomst IS NOT NULL AND samengevoegd_in IS NULL) AS afgesloten`,
    );
    expect(tellingen.alerts).toBe(tellingen.aangemaakt);
    expect(tellingen.casussen).toBe(tellingen.afgesloten);
    const [verzuim] = await context.dataSource.query(
      `SELECT (SELECT count(*)::int FROM verzuim_melding WHERE geregistreerd_op IS NOT NULL AND woongemeente IS NOT NULL) AS meldingen,
              (SELECT sum(aantal)::int FROM verzuim_telling_gemeente) AS gemeente, (SELECT sum(aantal)::int FROM verzuim_telling_school) AS school,
              (SELECT sum(aantal)::int FROM verzuim_telling_behandeling) AS behandeling, (SELECT sum(aantal)::int FROM verzuim_telling_afsluiting) AS afsluiting`,
    );
    expect([verzuim.gemeente, verzuim.school, verzuim.behandeling, verzuim.afsluiting]).toEqual(new Array(4).fill(verzuim.meldingen));
    // M@ZL: every signal counted once, in force or withdrawn, by the withdrawal whichever came first.
    const mazl = await context.dataSource.query(
      `SELECT brin, grond, ingetrokken, aantal FROM ziekteverzuim_telling ORDER BY brin, grond, ingetrokken`,
    );
    expect(mazl).toEqual([
      { brin: '00AH', grond: 'vier-ziekmeldingen-in-twaalf-schoolweken', ingetrokken: false, aantal: 2 },
      { brin: '00AH', grond: 'zevende-schooldag-ziek', ingetrokken: true, aantal: 1 },
      { brin: '01AB', grond: 'vier-ziekmeldingen-in-twaalf-schoolweken', ingetrokken: true, aantal: 1 },
      { brin: '01AB', grond: 'zevende-schooldag-ziek', ingetrokken: false, aantal: 1 },
    ]);
    // The lifecycle columns are in the comparison, and filled.
    const [levensloop] = await context.dataSource.query(
      `SELECT count(in_behandeling_op)::int AS in_behandeling, count(afgesloten_op)::int AS afgesloten, count(ter_kennisgeving_op)::int AS tka,
              count(*) FILTER (WHERE sluitreden = 'inschrijving-beeindigd-werk')::int AS sluitreden FROM verzuim_melding`,
    );
    expect(levensloop).toEqual({ in_behandeling: 4, afgesloten: 2, tka: 1, sluitreden: 2 });
    // The participations' ends are in the comparison, and filled (also the one whose end came before its start).
    const [deelnames] = await context.dataSource.query(
      `SELECT count(*)::int AS n, count(afgemeld_op)::int AS afgemeld, count(*) FILTER (WHERE resultaat = 'opleiding')::int AS opleiding FROM trajecten_programmadeelname`,
    );
    expect(deelnames).toEqual({ n: 4, afgemeld: 3, opleiding: 3 });
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
