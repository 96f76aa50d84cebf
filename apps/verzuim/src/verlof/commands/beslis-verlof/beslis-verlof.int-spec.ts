import { Claims } from '@sluitend/auth';
import { VraagVerlofAan as VerlofInvoer } from '@sluitend/contracts';
import { DomainError, generateTestBsn, mulberry32 } from '@sluitend/domain-nl';
import { serviceTestContext, ServiceTestContext } from '@sluitend/testing';
import { AppModule } from '../../../app.module';
import { verzuimEnvSchema } from '../../../config/verzuim-env';
import { ZetKalender } from '../../../kalenders/commands/zet-kalender/zet-kalender';
import { RegistreerLeerlingen } from '../../../leerlingen/commands/registreer-leerlingen/registreer-leerlingen';
import { TESTSCHOOL_2025_2026 } from '../../../kalenders/domain/testschool.fixture';
import { ZoekVerlofaanvragen } from '../../queries/verlofaanvragen/zoek-verlofaanvragen';
import { VraagVerlofAan } from '../vraag-verlof-aan/vraag-verlof-aan';
import { BeslisVerlof } from './beslis-verlof';

let context: ServiceTestContext;
let school: Claims;
let leerplicht: Claims;
const rng = mulberry32(5002);
const bsn = () => generateTestBsn(rng);

beforeAll(async () => {
  context = await serviceTestContext({ service: 'verzuim', envSchema: verzuimEnvSchema, module: (env) => AppModule.forEnv(env) });
  school = context.claims({ type: 'vo-school', code: '95VL' }, ['schooladministratie']);
  leerplicht = context.claims({ type: 'gemeente', code: 'GM0014' }, ['leerplichtambtenaar']);
  await context.app.get(ZetKalender).execute({
    input: {
      schooljaar: '2025-2026',
      kalender: { vakanties: [...TESTSCHOOL_2025_2026.vakanties], vrijeDagen: [...(TESTSCHOOL_2025_2026.vrijeDagen ?? [])] },
    },
    actor: school,
    correlationId: 'c',
  });
});

afterAll(() => context?.close());

const registreer = async () => {
  const leerling = {
    persoonsnummer: bsn(),
    geboortedatum: '2011-03-01',
    woongemeente: 'GM0014',
    onderwijstype: 'havo' as const,
    ingeschrevenPer: '2025-08-25',
  };
  await context.app.get(RegistreerLeerlingen).execute({ input: { leerlingen: [leerling] }, actor: school, correlationId: 'c' });
  return leerling.persoonsnummer;
};

const vraag = (input: VerlofInvoer, actor = school) => context.app.get(VraagVerlofAan).execute({ input, actor, correlationId: 'c' });
const beslis = (verlofId: string, besluit: 'verleend' | 'geweigerd', actor: Claims) =>
  context.app.get(BeslisVerlof).execute({ input: { verlofId, besluit: { besluit, toelichting: 'gesprek gevoerd' } }, actor, correlationId: 'c' });
const zoek = async (actor: Claims) =>
  (await context.app.get(ZoekVerlofaanvragen).execute({ input: { limiet: 500 }, actor })).aanvragen.map((a) => a.id);
const verlofEvents = (
  verlofId: string,
): Promise<Array<{ event_type: string; envelope: { context: Record<string, unknown>; payload: Record<string, unknown> } }>> =>
  context.dataSource.query(
    `SELECT event_type, envelope FROM outbox WHERE envelope -> 'payload' ->> 'verlofId' = $1 AND event_type LIKE 'verzuim.verlof.%' ORDER BY created_at, id`,
    [verlofId],
  );
const aantalRijen = async (): Promise<number> => Number((await context.dataSource.query('SELECT count(*) AS n FROM verlofaanvraag'))[0].n);

describe('verlof: requests and decisions (use cases against the real database)', () => {
  it('up to 10 school days the school decides; the leerplichtambtenaar may not, and a decision stands', async () => {
    const persoonsnummer = await registreer();
    const aanvraag = await vraag({
      persoonsnummer,
      soort: 'gewichtige-omstandigheden',
      omstandigheid: 'ernstige-ziekte-familie',
      van: '2026-03-02',
      totEnMet: '2026-03-06',
      aangevraagdOp: '2026-02-20',
    });
    expect(aanvraag).toMatchObject({ lesdagen: 5, beslisser: 'directeur', status: 'aangevraagd', toewijsbaar: true, woongemeente: 'GM0014' });
    expect(JSON.stringify(aanvraag)).not.toContain(persoonsnummer);
    await expect(beslis(aanvraag.id, 'verleend', leerplicht)).rejects.toMatchObject({ kind: 'geen-toegang', code: 'verlof.beslisser' });
    const besloten = await beslis(aanvraag.id, 'verleend', school);
    expect(besloten).toMatchObject({ status: 'verleend', toelichting: 'gesprek gevoerd' });
    expect(besloten.beslotenOp).not.toBeNull();
    // The head's own decision: no signal for the leerplicht, asked or decided.
    expect(await verlofEvents(aanvraag.id)).toEqual([]);
    await expect(beslis(aanvraag.id, 'geweigerd', school)).rejects.toMatchObject({ kind: 'conflict', code: 'verlof.al-besloten' });
    // Another school does not see or decide it.
    const andereSchool = context.claims({ type: 'vo-school', code: '94XX' }, ['schooladministratie']);
    await expect(beslis(aanvraag.id, 'geweigerd', andereSchool)).rejects.toMatchObject({ code: 'verlof.niet-gevonden' });
    expect(await zoek(andereSchool)).not.toContain(aanvraag.id);
    expect(await zoek(school)).toContain(aanvraag.id);
    // Not the leerplicht's to decide: not in its list.
    expect(await zoek(leerplicht)).not.toContain(aanvraag.id);
  });

  it('beyond 10 school days the leerplichtambtenaar of the woongemeente decides — counting verlof granted since the request', async () => {
    const persoonsnummer = await registreer();
    const lang = await vraag({
      persoonsnummer,
      soort: 'gewichtige-omstandigheden',
      omstandigheid: 'ernstige-ziekte-familie',
      van: '2026-03-02',
      totEnMet: '2026-03-17',
      aangevraagdOp: '2026-02-20',
    });
    expect(lang).toMatchObject({ lesdagen: 12, beslisser: 'leerplichtambtenaar' });
    // A signal for the leerplicht of the woongemeente, in the same transaction: codes and dates, no persoonsnummer.
    const gevraagd = await verlofEvents(lang.id);
    expect(gevraagd.map((e) => e.event_type)).toEqual(['verzuim.verlof.aangevraagd']);
    expect(gevraagd[0].envelope.payload).toEqual({
      signaalId: lang.id,
      verlofId: lang.id,
      soort: 'gewichtige-omstandigheden',
      omstandigheid: 'ernstige-ziekte-familie',
      van: '2026-03-02',
      totEnMet: '2026-03-17',
      lesdagen: 12,
      schooljaar: '2025-2026',
      brin: '95VL',
      woongemeente: 'GM0014',
    });
    expect(gevraagd[0].envelope.context).toMatchObject({ woongemeente: 'GM0014', brin: '95VL', minderjarig: true });
    expect(JSON.stringify(gevraagd)).not.toContain(persoonsnummer);
    await expect(beslis(lang.id, 'verleend', school)).rejects.toMatchObject({ kind: 'geen-toegang', code: 'verlof.beslisser' });
    const andereGemeente = context.claims({ type: 'gemeente', code: 'GM0363' }, ['leerplichtambtenaar']);
    await expect(beslis(lang.id, 'verleend', andereGemeente)).rejects.toMatchObject({ code: 'verlof.niet-gevonden' });
    expect(await zoek(andereGemeente)).not.toContain(lang.id);
    expect(await zoek(leerplicht)).toContain(lang.id);
    expect(await beslis(lang.id, 'verleend', leerplicht)).toMatchObject({ status: 'verleend', beslisser: 'leerplichtambtenaar' });
    const besloten = await verlofEvents(lang.id);
    expect(besloten.map((e) => e.event_type)).toEqual(['verzuim.verlof.aangevraagd', 'verzuim.verlof.besloten']);
    expect(besloten[1].envelope.payload).toEqual({
      signaalId: lang.id,
      verlofId: lang.id,
      besluit: 'verleend',
      brin: '95VL',
      woongemeente: 'GM0014',
    });

    // Two requests of 6 days each, both the head's when asked: once the first is granted, the second is the leerplicht's.
    const tweede = await registreer();
    const eerste = {
      persoonsnummer: tweede,
      soort: 'gewichtige-omstandigheden' as const,
      omstandigheid: 'andere' as const,
      aangevraagdOp: '2026-01-05',
    };
    const a = await vraag({ ...eerste, van: '2026-01-12', totEnMet: '2026-01-19' });
    const b = await vraag({ ...eerste, van: '2026-02-02', totEnMet: '2026-02-09' });
    expect([a.beslisser, a.lesdagen, b.beslisser, b.lesdagen]).toEqual(['directeur', 6, 'directeur', 6]);
    expect(await verlofEvents(b.id)).toEqual([]);
    await beslis(a.id, 'verleend', school);
    // The grant passes b (6 + 6 > 10) to the leerplicht: in its list, with its signal.
    expect(await zoek(leerplicht)).toContain(b.id);
    expect((await verlofEvents(b.id)).map((e) => [e.event_type, e.envelope.payload.lesdagen])).toEqual([['verzuim.verlof.aangevraagd', 6]]);
    await expect(beslis(b.id, 'verleend', school)).rejects.toMatchObject({ code: 'verlof.beslisser' });
    expect(await beslis(b.id, 'geweigerd', leerplicht)).toMatchObject({ status: 'geweigerd', beslisser: 'leerplichtambtenaar' });
  });

  it('a legal bar: vakantieverlof in the first two lesweken can only be refused; a religious obligation in time is a notice', async () => {
    const persoonsnummer = await registreer();
    const vakantie = await vraag({
      persoonsnummer,
      soort: 'vakantieverlof',
      van: '2025-08-25',
      totEnMet: '2025-08-29',
      aangevraagdOp: '2025-06-01',
      werkgeversverklaring: true,
    });
    expect(vakantie).toMatchObject({ toewijsbaar: false, bezwaren: [expect.objectContaining({ code: 'VAKANTIEVERLOF_EERSTE_TWEE_LESWEKEN' })] });
    await expect(beslis(vakantie.id, 'verleend', school)).rejects.toMatchObject({
      kind: 'conflict',
      code: 'verlof.niet-toewijsbaar',
      details: { bezwaren: ['VAKANTIEVERLOF_EERSTE_TWEE_LESWEKEN'] },
    });
    expect(await beslis(vakantie.id, 'geweigerd', school)).toMatchObject({ status: 'geweigerd' });
    const religieus = await vraag({
      persoonsnummer,
      soort: 'religieuze-verplichting',
      van: '2026-03-20',
      totEnMet: '2026-03-20',
      aangevraagdOp: '2026-03-16',
    });
    expect(religieus).toMatchObject({ beslisser: 'geen', status: 'gemeld', lesdagen: 1 });
    await expect(beslis(religieus.id, 'verleend', school)).rejects.toMatchObject({ code: 'verlof.al-besloten' });
  });

  it('bad input stores nothing: an unknown student, a period across two schooljaren, the wrong organisation', async () => {
    const voor = await aantalRijen();
    const basis = { soort: 'gewichtige-omstandigheden' as const, omstandigheid: 'verhuizing' as const, aangevraagdOp: '2026-03-01' };
    await expect(vraag({ ...basis, persoonsnummer: bsn(), van: '2026-03-02', totEnMet: '2026-03-02' })).rejects.toMatchObject({
      kind: 'ongeldig',
      code: 'verlof.leerling-onbekend',
      issues: [expect.objectContaining({ field: 'persoonsnummer' })],
    });
    const persoonsnummer = await registreer();
    const fout = await vraag({ ...basis, persoonsnummer, van: '2026-07-06', totEnMet: '2026-08-28' }).catch((e: unknown) => e);
    expect(fout).toBeInstanceOf(DomainError);
    expect(fout).toMatchObject({ kind: 'ongeldig', issues: [expect.objectContaining({ field: 'totEnMet', rule: 'periode.ongeldig' })] });
    await expect(vraag({ ...basis, persoonsnummer, van: '2026-03-02', totEnMet: '2026-03-02' }, leerplicht)).rejects.toMatchObject({
      kind: 'geen-toegang',
    });
    expect(await aantalRijen()).toBe(voor);
  });
});
