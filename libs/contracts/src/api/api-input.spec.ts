import { z } from 'zod';
import { alertsQuerySchema, handelAlertAfSchema, pakAlertOpSchema } from './notificaties/alert.requests';
import { registreerAanmeldingSchema } from './overstap/aanmelding.requests';
import { dienDossierInSchema } from './overstap/dien-dossier-in.request';
import { meldUitschrijvingSchema, registreerInschrijvingSchema } from './overstap/inschrijving.requests';

// Issue 9: bad input answered 500 (a schooljaar the domain cannot compute with, text PostgreSQL cannot store, a
// geboortedatum in the future accepted). Each must be refused by the API schema, naming the field and the rule.

const fields = (schema: z.ZodType, value: unknown) =>
  (schema.safeParse(value).error?.issues ?? []).map((issue) => ({
    field: issue.path.join('.'),
    rule: ('params' in issue ? (issue.params as { rule?: string } | undefined)?.rule : undefined) ?? issue.code,
  }));

const dossier = {
  schooljaar: '2026-2027',
  school: { brin: '00AH', vestiging: '00AH00' },
  leerling: {
    persoonsnummer: '999605999',
    voornamen: 'Sam',
    achternaam: 'de Vries',
    geboortedatum: '2009-05-12',
    postcode: '7522 GK',
    woongemeente: 'GM0153',
  },
  opleiding: { onderwijstype: 'vmbo-kb', leerjaar: 4 },
  keuze: { bestemming: 'mbo', opleidingen: [{ crebo: '25180', niveau: 2 }] },
  ondersteuning: { nodig: false, toestemmingDelen: false },
};
const aanmelding = { persoonsnummer: '999605999', schooljaar: '2026-2027', crebo: '25180', niveau: 2, locatie: '00AH00', startdatum: '2027-08-30' };
const inschrijving = {
  persoonsnummer: '999605999',
  schooljaar: '2026-2027',
  crebo: '25180',
  niveau: 2,
  locatie: '00AH00',
  ingeschrevenPer: '2027-08-30',
};
const metLeerling = (leerling: Record<string, unknown>) => ({ ...dossier, leerling: { ...dossier.leerling, ...leerling } });
const morgen = new Date(Date.now() + 2 * 86_400_000).toISOString().slice(0, 10);

describe('API input that used to answer 500', () => {
  it('accepts the README examples', () => {
    expect(dienDossierInSchema.safeParse(dossier).success).toBe(true);
    expect(registreerAanmeldingSchema.safeParse(aanmelding).success).toBe(true);
    expect(registreerInschrijvingSchema.safeParse(inschrijving).success).toBe(true);
  });

  it('refuses schooljaar 0000-0001 (and 9998-9999) on dossiers, aanmeldingen and inschrijvingen', () => {
    for (const schooljaar of ['0000-0001', '9998-9999']) {
      expect(fields(dienDossierInSchema, { ...dossier, schooljaar })).toEqual([{ field: 'schooljaar', rule: 'schooljaar.bereik' }]);
      expect(fields(registreerAanmeldingSchema, { ...aanmelding, schooljaar })).toEqual([{ field: 'schooljaar', rule: 'schooljaar.bereik' }]);
      expect(fields(registreerInschrijvingSchema, { ...inschrijving, schooljaar })).toEqual([{ field: 'schooljaar', rule: 'schooljaar.bereik' }]);
    }
  });

  it('refuses a NUL character and a lone surrogate in every free-text field', () => {
    for (const slecht of ['Sam\u0000', 'Sam\ud800']) {
      const rule = slecht.includes('\u0000') ? 'tekst.stuurteken' : 'tekst.unicode';
      expect(fields(dienDossierInSchema, metLeerling({ voornamen: slecht }))).toEqual([{ field: 'leerling.voornamen', rule }]);
      expect(fields(dienDossierInSchema, metLeerling({ achternaam: slecht }))).toEqual([{ field: 'leerling.achternaam', rule }]);
      expect(fields(dienDossierInSchema, { ...dossier, keuze: { ...dossier.keuze, keuzeproces: slecht } })).toEqual([
        { field: 'keuze.keuzeproces', rule },
      ]);
      expect(fields(dienDossierInSchema, { ...dossier, advies: { door: 'mentor', tekst: slecht } })).toEqual([{ field: 'advies.tekst', rule }]);
      expect(fields(dienDossierInSchema, { ...dossier, loopbaan: { werkervaring: slecht } })).toEqual([{ field: 'loopbaan.werkervaring', rule }]);
      expect(fields(dienDossierInSchema, { ...dossier, ondersteuning: { ...dossier.ondersteuning, toelichting: slecht } })).toEqual([
        { field: 'ondersteuning.toelichting', rule },
      ]);
      expect(fields(pakAlertOpSchema, { toelichting: slecht })).toEqual([{ field: 'toelichting', rule }]);
      expect(fields(pakAlertOpSchema, { toegewezenAan: { sub: 'u1', naam: slecht } })).toEqual([{ field: 'toegewezenAan.naam', rule }]);
      expect(fields(pakAlertOpSchema, { toegewezenAan: { sub: slecht, naam: 'Sam' } })).toEqual([{ field: 'toegewezenAan.sub', rule }]);
      expect(fields(handelAlertAfSchema, { uitkomst: 'contact-gelegd', toelichting: slecht })).toEqual([{ field: 'toelichting', rule }]);
      expect(fields(alertsQuerySchema, { toegewezenAan: slecht })).toEqual([{ field: 'toegewezenAan', rule }]);
    }
  });

  it('refuses over-long free text with the limit', () => {
    const issues = dienDossierInSchema.safeParse(metLeerling({ voornamen: 'x'.repeat(1_000_000) })).error?.issues;
    expect(issues?.map((issue) => [issue.path.join('.'), issue.code, issue.message])).toEqual([
      ['leerling.voornamen', 'too_big', 'tekst is te lang: hoogstens 200 tekens'],
    ]);
  });

  it('refuses a geboortedatum in the future, on a dossier and an uitschrijving', () => {
    expect(fields(dienDossierInSchema, metLeerling({ geboortedatum: morgen }))).toEqual([
      { field: 'leerling.geboortedatum', rule: 'geboortedatum.toekomst' },
    ]);
    const uitschrijving = { uitgeschrevenPer: '2027-01-10', reden: 3, geboortedatum: morgen, startkwalificatie: false };
    expect(fields(meldUitschrijvingSchema, uitschrijving)).toEqual([{ field: 'geboortedatum', rule: 'geboortedatum.toekomst' }]);
  });
});
