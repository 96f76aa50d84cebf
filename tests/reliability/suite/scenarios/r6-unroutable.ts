import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { DienDossierIn } from '@sluitend/contracts';
import { rmcRegioVanGemeente } from '@sluitend/domain-nl';
import { demoClockSchema } from '@sluitend/platform';
import { deleteRunTopics, dropSchemas, freePort, generateCohort, ServiceUnderTest, uniqueRun, waitFor } from '@sluitend/testing';
import { bulkRequests, sendBulk } from '../../../support/submit';
import { fmt, note, Scenario, SuiteContext, secondsSince } from '../scenario';

/** Students per case: on-time dossiers, late dossiers, enrolled with / without woongemeente, negative BSA without. */
const SIZES = { smoke: { n: 8 }, full: { n: 100 } };
const MBO = { type: 'mbo-instelling', code: '25LP' } as const;
const OPS = { type: 'ops', code: 'platform' } as const;
const AMSTERDAM = 'GM0363';
const AMSTERDAM_RMC = rmcRegioVanGemeente(AMSTERDAM)?.code as string;
const COORDINATOR = { type: 'rmc-regio', code: AMSTERDAM_RMC } as const;

type Org = { type: string; code: string };
type Rekening = { signalen: number; rmc: number; lijst: number; zoek: number; perRegel: Record<string, number> };

/**
 * R6 (issue 10 §1–3): the cases that used to lose a signal without a trace, on the real overstap and notificaties
 * (processes, real Kafka and PostgreSQL, one demo clock). Every signal overstap raises must end with an alert for
 * the RMC of the woonregio or, while nobody knows where the student lives, in notificaties' "niet te routeren" list —
 * counted by `sluitend_unroutable_signals`, on which SluitendSignalenNietTeRouteren fires. Cases: uitschrijvingen of
 * students without dossier (woongemeente given on the inschrijving, or unknown), negative BSAs without woongemeente,
 * dossiers submitted after 1 April (late facts), a second dropout years later (per occurrence). The unknown ones are
 * resolved by a later inschrijving naming the woongemeente or by a coordinator through the API.
 */
export const r6: Scenario = {
  id: 'R6',
  fault: 'signals without known woonregio, late facts, second dropouts',
  run: async (context) => {
    const { n } = SIZES[context.size];
    const run = uniqueRun('r6');
    const schemas = { overstap: run.schema('overstap'), notificaties: run.schema('notificaties') };
    const env = {
      NODE_ENV: 'test',
      DATABASE_URL: context.databaseUrl,
      KAFKA_BROKERS: context.brokers,
      TOPIC_PREFIX: run.topicPrefix,
      KAFKA_PARTITIONS: '3',
      ...context.auth,
      PSEUDONYM_KEY: randomBytes(32).toString('base64'),
      BSN_ENCRYPTION_KEY: randomBytes(32).toString('base64'),
      LOG_LEVEL: 'warn',
      DEMO_MODE: 'true',
      VROEGE_WAARSCHUWINGEN: '',
    };
    const log = (name: string) => join(context.root, `.local/test-logs/${run.id}-${name}.log`);
    const overstap = new ServiceUnderTest('overstap', await freePort(), context.root, { ...env, DB_SCHEMA: schemas.overstap }, log('overstap'));
    const notificaties = new ServiceUnderTest(
      'notificaties',
      await freePort(),
      context.root,
      { ...env, DB_SCHEMA: schemas.notificaties },
      log('notificaties'),
    );
    const started = Date.now();
    try {
      await Promise.all([overstap.start(), notificaties.start()]);
      const call = async (service: ServiceUnderTest, method: string, path: string, org: Org, body?: unknown, roles = ['intaker']) => {
        const bearer = await context.token(org as never, (org.type === 'ops' ? ['ops'] : roles) as never);
        const response = await fetch(`${service.url}/api/${service.name}/${path}`, {
          method,
          headers: { 'content-type': 'application/json', authorization: `Bearer ${bearer}` },
          body: body === undefined ? undefined : JSON.stringify(body),
        });
        // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the scenario reads arbitrary response fields
        const json = (await response.json()) as any;
        if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${JSON.stringify(json)}`);
        return json;
      };
      const klok = (naar: string) => call(overstap, 'POST', 'demo/klok', OPS, { naar });
      const schrijfIn = async (leerling: DienDossierIn, ingeschrevenPer: string, woongemeente?: string) =>
        (
          await call(overstap, 'POST', 'inschrijvingen', MBO, {
            persoonsnummer: leerling.leerling.persoonsnummer,
            schooljaar: '2026-2027',
            crebo: '25180',
            niveau: 2,
            locatie: '25LP00',
            ingeschrevenPer,
            ...(woongemeente ? { woongemeente } : {}),
          })
        ).inschrijvingId as string;
      const schrijfUit = (id: string, uitgeschrevenPer: string) =>
        call(overstap, 'POST', `inschrijvingen/${id}/uitschrijving`, MBO, {
          uitgeschrevenPer,
          reden: 4,
          geboortedatum: '2008-01-15',
          startkwalificatie: false,
        });

      const cohort = generateCohort({
        seed: 61,
        regios: ['MC03', 'MC07'],
        schooljaar: '2026-2027',
        fraction: context.size === 'full' ? 0.5 : 0.1,
      }).dossiers.filter((dossier) => dossier.keuze.bestemming === 'mbo');
      if (cohort.length < 5 * n) throw new Error(`the cohort has ${cohort.length} mbo-bound students, R6 needs ${5 * n}`);
      const [opTijd, laat, bekend, onbekend, bsa] = [0, 1, 2, 3, 4].map((i) => cohort.slice(i * n, (i + 1) * n));

      // 1 April fires for the cohort; on 10 April the late dossiers arrive (late facts).
      await klok('2026-12-01T12:00:00+01:00');
      await sendBulk(overstap.url, await bulkRequests(opTijd, context.token));
      await klok('2027-04-02T09:00:00+02:00');
      await klok('2027-04-10T10:00:00+02:00');
      await sendBulk(overstap.url, await bulkRequests(laat, context.token));

      // Students without dossier: enrolled with or without the woongemeente; dropouts and negative BSAs in October.
      const ids = {
        bekend: await Promise.all(bekend.map((leerling) => schrijfIn(leerling, '2027-08-30', AMSTERDAM))),
        onbekend: await Promise.all(onbekend.map((leerling) => schrijfIn(leerling, '2027-08-30'))),
        bsa: await Promise.all(bsa.map((leerling) => schrijfIn(leerling, '2027-08-30'))),
      };
      await klok('2027-10-10T10:00:00+02:00');
      for (const id of [...ids.bekend, ...ids.onbekend]) await schrijfUit(id, '2027-10-05');
      for (const id of ids.bsa) await call(overstap, 'POST', `inschrijvingen/${id}/bsa`, MBO, { negatief: true, gegevenOp: '2027-10-08' });

      const rekening = () => telling(context, schemas);
      const verantwoord = (label: string) =>
        waitFor(
          label,
          async () => {
            const stand = await rekening();
            return stand.signalen > 0 && stand.zoek === 0 ? stand : undefined;
          },
          120_000,
          250,
        );
      const gauge = async (verwacht: number) => {
        let laatste = NaN;
        await waitFor(
          `sluitend_unroutable_signals = ${verwacht}`,
          async () => {
            const text = await (await fetch(`${notificaties.url}/metrics`)).text();
            laatste = Number(/^sluitend_unroutable_signals(?:\{[^}]*\})? (\S+)$/m.exec(text)?.[1] ?? NaN);
            return laatste === verwacht ? true : undefined;
          },
          45_000,
          500,
        ).catch(() => undefined);
        return laatste;
      };

      const a = await verantwoord('every October signal owned or listed');
      const gaugeA = await gauge(2 * n);
      note(`R6 after the dropouts: ${JSON.stringify(a)}; gauge ${gaugeA}`);

      // Resolved: half of the unknown by a later inschrijving naming the woongemeente, the rest and the BSAs by a coordinator.
      const helft = Math.ceil(n / 2);
      for (const leerling of onbekend.slice(0, helft)) await schrijfIn(leerling, '2027-10-15', AMSTERDAM);
      const lijst = await waitFor(
        'the rest in the list',
        async () => {
          const body = await call(notificaties, 'GET', 'niet-routeerbaar', COORDINATOR, undefined, ['rmc-coordinator']);
          return body.totaal === 2 * n - helft ? (body.signalen as Array<{ id: string }>) : undefined;
        },
        120_000,
        250,
      );
      for (const signaal of lijst) {
        await call(notificaties, 'POST', `niet-routeerbaar/${signaal.id}/woongemeente`, COORDINATOR, { woongemeente: AMSTERDAM }, [
          'rmc-coordinator',
        ]);
      }
      const b = await verantwoord('every signal owned after the woongemeenten became known');
      const gaugeB = await gauge(0);

      // Years later: the students enrolled with a woongemeente re-enrol and drop out again — a second signal each.
      for (const leerling of bekend) await schrijfIn(leerling, '2027-10-20', AMSTERDAM);
      await klok('2029-02-01T10:00:00+01:00');
      const tweede = (
        await context.pool.query<{ id: string }>(
          `SELECT i.id FROM "${schemas.overstap}".inschrijving i WHERE i.status = 'ingeschreven' AND i.ingeschreven_per = '2027-10-20'`,
        )
      ).rows.map((row) => row.id);
      for (const id of tweede) await schrijfUit(id, '2029-01-25');
      const c = await waitFor(
        'the second dropouts owned',
        async () => {
          const stand = await rekening();
          return stand.zoek === 0 && (stand.perRegel['uitschrijving-zonder-startkwalificatie'] ?? 0) === 3 * n ? stand : undefined;
        },
        120_000,
        250,
      );
      const gaugeC = await gauge(0);

      const lateGemist = Number(
        (
          await context.pool.query(
            `SELECT count(*) AS n FROM "${schemas.overstap}".signaal s JOIN "${schemas.overstap}".dossier d ON d.jongere_id = s.jongere_id
             WHERE s.regel = 'aanmelding-gemist' AND d.ingediend_op >= '2027-04-10'`,
          )
        ).rows[0].n,
      );
      const pass =
        a.zoek === 0 &&
        a.lijst === 2 * n &&
        gaugeA === 2 * n &&
        b.zoek === 0 &&
        b.lijst === 0 &&
        b.rmc === b.signalen &&
        gaugeB === 0 &&
        c.zoek === 0 &&
        c.lijst === 0 &&
        c.rmc === c.signalen &&
        gaugeC === 0 &&
        lateGemist === n &&
        tweede.length === n;
      return {
        size: `${fmt(5 * n)} students, ${fmt(c.signalen)} signals`,
        result:
          `October: ${a.signalen} signals, ${a.rmc} at an RMC, ${a.lijst} listed (gauge ${gaugeA}), lost ${a.zoek}; ` +
          `after ${helft} later inschrijvingen + ${lijst.length} coordinator assignments: listed ${b.lijst} (gauge ${gaugeB}), lost ${b.zoek}; ` +
          `late dossiers signalled ${lateGemist}/${n}; second dropouts ${tweede.length}/${n}; ` +
          `end: ${c.signalen} signals, ${c.rmc} at an RMC, lost ${c.zoek} (${Object.entries(c.perRegel)
            .map(([regel, aantal]) => `${regel} ${aantal}`)
            .join(', ')})`,
        verdict: pass ? 'PASS' : 'FAIL',
        seconds: secondsSince(started),
      };
    } finally {
      await Promise.all([overstap.stop().catch(() => undefined), notificaties.stop().catch(() => undefined)]);
      await dropSchemas(context.pool, [
        schemas.overstap,
        `${schemas.overstap}_jobs`,
        schemas.notificaties,
        `${schemas.notificaties}_jobs`,
        demoClockSchema(run.topicPrefix),
      ]).catch(() => undefined);
      await deleteRunTopics(context.kafka, run.topicPrefix).catch(() => undefined);
    }
  },
};

/**
 * Every signal overstap raised (except early warnings, which go to the school only): with an alert for an RMC, still
 * in the "niet te routeren" list, or neither (`zoek`: lost).
 */
async function telling(context: SuiteContext, schemas: { overstap: string; notificaties: string }): Promise<Rekening> {
  const { rows } = await context.pool.query<{ regel: string; signalen: string; rmc: string; lijst: string }>(
    `SELECT s.regel, count(*) AS signalen,
            count(*) FILTER (WHERE EXISTS (SELECT 1 FROM "${schemas.notificaties}".alert a
                                            WHERE a.signaal ->> 'signaalId' = s.id::text AND a.org_type = 'rmc-regio')) AS rmc,
            count(*) FILTER (WHERE EXISTS (SELECT 1 FROM "${schemas.notificaties}".niet_routeerbaar r
                                            WHERE r.signaal_sleutel = s.id::text AND r.gerouteerd_op IS NULL)) AS lijst
     FROM "${schemas.overstap}".signaal s WHERE s.regel NOT LIKE 'vroege-waarschuwing%' GROUP BY s.regel`,
  );
  const som = (key: 'signalen' | 'rmc' | 'lijst') => rows.reduce((total, row) => total + Number(row[key]), 0);
  const stand = { signalen: som('signalen'), rmc: som('rmc'), lijst: som('lijst') };
  return {
    ...stand,
    zoek: stand.signalen - stand.rmc - stand.lijst,
    perRegel: Object.fromEntries(rows.map((row) => [row.regel, Number(row.signalen)])),
  };
}
