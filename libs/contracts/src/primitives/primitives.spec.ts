import { z } from 'zod';
import {
  BRIN_MELDING,
  CREBO_MELDING,
  GEMEENTECODE_MELDING,
  MBO_NIVEAU_MELDING,
  PERSOONSNUMMER_MELDING,
  POSTCODE_MELDINGEN,
  RMC_REGIO_CODE_MELDING,
  VESTIGING_MELDING,
  WOONGEMEENTE_MELDING,
} from '@sluitend/domain-nl';
import {
  GEBOORTEDATUM_MELDINGEN,
  SCHOOLJAAR_MELDINGEN,
  TEKST_MELDINGEN,
  brinSchema,
  creboSchema,
  datumSchema,
  geboortedatumSchema,
  gemeentecodeSchema,
  jongereIdSchema,
  mboNiveauSchema,
  persoonsnummerSchema,
  postcodeSchema,
  rmcRegioCodeSchema,
  schooljaarSchema,
  vestigingSchema,
  vrijeTekst,
  woongemeenteSchema,
} from '.';

/** The issues of a failed parse as the problem filter reports them: message and rule (params.rule, else the code). */
const issues = (schema: z.ZodType, value: unknown) =>
  (schema.safeParse(value).error?.issues ?? []).map((issue) => ({
    message: issue.message,
    rule: ('params' in issue ? (issue.params as { rule?: string } | undefined)?.rule : undefined) ?? issue.code,
  }));

describe('code primitives', () => {
  it('schooljaar: two consecutive years within 2000-2001 … 2099-2100, each failure with its rule', () => {
    expect(schooljaarSchema.parse(' 2026-2027 ')).toBe('2026-2027');
    expect(schooljaarSchema.parse('2000-2001')).toBe('2000-2001');
    expect(schooljaarSchema.parse('2099-2100')).toBe('2099-2100');
    expect(issues(schooljaarSchema, '2026/2027')).toEqual([{ message: SCHOOLJAAR_MELDINGEN.vorm, rule: 'invalid_format' }]);
    expect(issues(schooljaarSchema, '2025-2025')).toEqual([{ message: SCHOOLJAAR_MELDINGEN.opeenvolgend, rule: 'schooljaar.opeenvolgend' }]);
    for (const buiten of ['0000-0001', '1999-2000', '2100-2101', '9998-9999']) {
      expect(issues(schooljaarSchema, buiten)).toEqual([{ message: SCHOOLJAAR_MELDINGEN.bereik, rule: 'schooljaar.bereik' }]);
    }
    expect(SCHOOLJAAR_MELDINGEN.bereik).toBe('schooljaar ligt tussen 2000-2001 en 2099-2100');
  });

  it('school codes normalise case and spaces and explain the rule', () => {
    expect(brinSchema.parse('07nu')).toBe('07NU');
    expect(issues(brinSchema, '7NU')).toEqual([{ message: BRIN_MELDING, rule: 'invalid_format' }]);
    expect(vestigingSchema.parse('07nu00')).toBe('07NU00');
    expect(issues(vestigingSchema, '07NU')).toEqual([{ message: VESTIGING_MELDING, rule: 'invalid_format' }]);
    expect(creboSchema.parse(' 25168 ')).toBe('25168');
    expect(issues(creboSchema, 'abcde')).toEqual([{ message: CREBO_MELDING, rule: 'invalid_format' }]);
    expect(mboNiveauSchema.parse(2)).toBe(2);
    for (const fout of [0, 5, 2.5, '2']) expect(issues(mboNiveauSchema, fout).map((i) => i.message)).toEqual([MBO_NIVEAU_MELDING]);
  });

  it('region codes: format, and for a woongemeente a current gemeente', () => {
    expect(gemeentecodeSchema.parse('gm0363')).toBe('GM0363');
    expect(issues(gemeentecodeSchema, '0363')).toEqual([{ message: GEMEENTECODE_MELDING, rule: 'invalid_format' }]);
    expect(rmcRegioCodeSchema.parse('mc07')).toBe('MC07');
    expect(issues(rmcRegioCodeSchema, 'RM07')).toEqual([{ message: RMC_REGIO_CODE_MELDING, rule: 'invalid_format' }]);
    expect(issues(rmcRegioCodeSchema, 'MC42')).toEqual([{ message: RMC_REGIO_CODE_MELDING, rule: 'rmc-regio' }]);
    expect(woongemeenteSchema.parse(' gm0014 ')).toBe('GM0014');
    expect(issues(woongemeenteSchema, 'GM9999')).toEqual([{ message: WOONGEMEENTE_MELDING, rule: 'woongemeente.bestaat' }]);
    expect(issues(woongemeenteSchema, '0014')).toEqual([{ message: GEMEENTECODE_MELDING, rule: 'invalid_format' }]);
  });

  it('persoonsnummer, postcode and jongereId', () => {
    expect(persoonsnummerSchema.parse('12345672')).toBe('012345672');
    expect(persoonsnummerSchema.parse('1234.56.782')).toBe('123456782');
    expect(persoonsnummerSchema.parse('101234564')).toBe('101234564');
    expect(issues(persoonsnummerSchema, '123456781')).toEqual([{ message: PERSOONSNUMMER_MELDING, rule: 'persoonsnummer' }]);
    expect(postcodeSchema.parse('3511ab')).toBe('3511 AB');
    expect(issues(postcodeSchema, '0123 AB')).toEqual([{ message: POSTCODE_MELDINGEN.vorm, rule: 'invalid_format' }]);
    expect(issues(postcodeSchema, '1234 ss')).toEqual([{ message: POSTCODE_MELDINGEN.letters, rule: 'postcode.letters' }]);
    expect(jongereIdSchema.safeParse('a'.repeat(43)).success).toBe(true);
    expect(jongereIdSchema.safeParse('a'.repeat(42)).success).toBe(false);
  });

  it('dates: an existing day; a geboortedatum not in the future and not before 1900', () => {
    expect(datumSchema.parse('2024-02-29')).toBe('2024-02-29');
    expect(datumSchema.safeParse('2026-02-30').success).toBe(false);
    expect(geboortedatumSchema.parse('2009-05-12')).toBe('2009-05-12');
    const morgen = new Date(Date.now() + 2 * 86_400_000).toISOString().slice(0, 10);
    expect(issues(geboortedatumSchema, morgen)).toEqual([{ message: GEBOORTEDATUM_MELDINGEN.toekomst, rule: 'geboortedatum.toekomst' }]);
    expect(issues(geboortedatumSchema, '1899-12-31')).toEqual([{ message: GEBOORTEDATUM_MELDINGEN.teVroeg, rule: 'geboortedatum.bereik' }]);
  });

  it('free text refuses NUL and other control characters, lone surrogates and over-long text, naming the rule', () => {
    const tekst = vrijeTekst(10);
    expect(tekst.parse(' Sam\tVries\n')).toBe('Sam\tVries');
    expect(tekst.parse('Zoë 😀')).toBe('Zoë 😀');
    expect(issues(tekst, 'a\u0000b')).toEqual([{ message: TEKST_MELDINGEN.stuurteken, rule: 'tekst.stuurteken' }]);
    expect(issues(tekst, 'a\u001bb')).toEqual([{ message: TEKST_MELDINGEN.stuurteken, rule: 'tekst.stuurteken' }]);
    expect(issues(tekst, 'a\ud800b')).toEqual([{ message: TEKST_MELDINGEN.surrogaat, rule: 'tekst.unicode' }]);
    expect(issues(tekst, 'a\udc00')).toEqual([{ message: TEKST_MELDINGEN.surrogaat, rule: 'tekst.unicode' }]);
    expect(issues(tekst, 'x'.repeat(11))).toEqual([{ message: TEKST_MELDINGEN.teLang(10), rule: 'too_big' }]);
    expect(issues(tekst, '   ')).toEqual([{ message: TEKST_MELDINGEN.leeg, rule: 'too_small' }]);
    expect(vrijeTekst(10, { verplicht: false }).parse('')).toBe('');
  });
});
