import { DienDossierIn, dienDossierInSchema } from '@sluitend/contracts';
import {
  DOSSIER_CSV_KOLOMMEN,
  DossierCsvFout,
  KolomIndex,
  MAX_IMPORT_RIJEN,
  code,
  datum,
  gemeentecode,
  jaNee,
  kolomVanVeld,
  leesDossierCsv,
  scheidingstekenVan,
  valideerRij,
} from './dossier-csv';

const KOP = [
  'schooljaar',
  'brin',
  'vestiging',
  'bsn_of_onderwijsnummer',
  'voornamen',
  'achternaam',
  'geboortedatum',
  'postcode',
  'woongemeente',
  'onderwijstype',
  'leerjaar',
  'bestemming',
  'crebo_1',
  'niveau_1',
  'crebo_2',
  'niveau_2',
  'ondersteuning_nodig',
  'toestemming_delen',
  'akkoord_getekend_op',
];

const GOED = {
  schooljaar: '2025-2026',
  brin: '00AH',
  vestiging: '00AH00',
  bsn_of_onderwijsnummer: '999605999',
  voornamen: 'Sam',
  achternaam: 'de Vries',
  geboortedatum: '2009-05-12',
  postcode: '7522 GK',
  woongemeente: 'GM0153',
  onderwijstype: 'vmbo-kb',
  leerjaar: '4',
  bestemming: 'mbo',
  crebo_1: '25180',
  niveau_1: '2',
  crebo_2: '',
  niveau_2: '',
  ondersteuning_nodig: 'nee',
  toestemming_delen: 'nee',
  akkoord_getekend_op: '2026-01-15',
};

/** The same dossier as the JSON body of POST /dossiers (README). */
const ALS_JSON: DienDossierIn = {
  schooljaar: '2025-2026',
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
  akkoordverklaring: { getekendOp: '2026-01-15' },
};

const csv = (rijen: Record<string, string>[], scheiding = ';', kop = KOP, eol = '\r\n', koptekst = kop) =>
  [koptekst.join(scheiding), ...rijen.map((rij) => kop.map((k) => rij[k] ?? '').join(scheiding))].join(eol) + eol;

const eenRij = async (rij: Record<string, string>, kop = KOP) => {
  const { kolommen, rijen } = await leesDossierCsv(csv([rij], ';', kop));
  return valideerRij(rijen[0], new KolomIndex(kolommen));
};

describe('leesDossierCsv', () => {
  it('reads a Dutch Excel export (BOM, semicolons, CRLF, headers with spaces) into rows with their line numbers', async () => {
    const koptekst = KOP.map((k) => (k === 'bsn_of_onderwijsnummer' ? 'BSN of onderwijsnummer' : k.toUpperCase()));
    const { kolommen, rijen } = await leesDossierCsv(`\uFEFF${csv([GOED, GOED], ';', KOP, '\r\n', koptekst)}`);
    expect(kolommen).toEqual(KOP);
    expect(rijen.map((rij) => rij.regel)).toEqual([2, 3]);
    expect(rijen[0].cellen[3]).toBe('999605999');
  });

  it('reads comma-separated files with quotes, blank lines, empty rows and cells spanning lines', async () => {
    const tekst = [
      'schooljaar,brin,keuzeproces',
      '2025-2026,00AH,"open dag, gesprek"',
      '',
      ',,',
      '2025-2026,00AH,"twee\r\nregels"',
      '2025-2026,00AH,"drie\nkorte\nregels"',
      '2025-2026,00AH,"""citaat"""',
    ].join('\n');
    expect(scheidingstekenVan(tekst)).toBe(',');
    const { rijen } = await leesDossierCsv(tekst.replace('schooljaar,brin,keuzeproces', KOP.concat('keuzeproces').join(',')));
    expect(rijen.map((rij) => rij.regel)).toEqual([2, 5, 7, 10]);
    expect(rijen.map((rij) => rij.cellen[2])).toEqual(['open dag, gesprek', 'twee\r\nregels', 'drie\nkorte\nregels', '"citaat"']);
  });

  it('detects the separator from the header line', async () => {
    expect(scheidingstekenVan('a;b;c\n1,5;2;3')).toBe(';');
    expect(scheidingstekenVan('a\tb\tc')).toBe('\t');
    expect(scheidingstekenVan('a')).toBe(';');
  });

  it('refuses a header with unknown, duplicate or missing columns, naming each', async () => {
    const fout = (await leesDossierCsv(`${KOP.filter((k) => k !== 'postcode').join(';')};crebo1;brin\n`).catch(
      (error: unknown) => error,
    )) as DossierCsvFout;
    expect(fout).toBeInstanceOf(DossierCsvFout);
    expect(fout.code).toBe('csv.kolommen');
    expect(fout.meldingen).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ field: 'crebo1', rule: 'kolom.onbekend' }),
        expect.objectContaining({ field: 'brin', rule: 'kolom.dubbel' }),
        expect.objectContaining({ field: 'postcode', rule: 'kolom.ontbreekt' }),
      ]),
    );
  });

  it('recognises a file without header and does not quote its first row', async () => {
    const zonderKop = csv([GOED]).split('\r\n').slice(1).join('\r\n');
    try {
      await leesDossierCsv(zonderKop + zonderKop);
      throw new Error('no error');
    } catch (error) {
      expect(error).toMatchObject({ code: 'csv.kolommen', meldingen: [expect.objectContaining({ rule: 'kolom.geen-kopregel' })] });
      expect(JSON.stringify([(error as Error).message, (error as DossierCsvFout).meldingen])).not.toContain('999605999');
    }
  });

  it('refuses empty files, broken quotes and more than the maximum number of rows', async () => {
    await expect(leesDossierCsv('')).rejects.toMatchObject({ code: 'csv.leeg' });
    await expect(leesDossierCsv(`${KOP.join(';')}\r\n`)).rejects.toMatchObject({ code: 'csv.leeg' });
    await expect(leesDossierCsv(`${KOP.join(';')}\n2025-2026;"00AH\n`)).rejects.toMatchObject({
      code: 'csv.ongeldig',
      message: expect.stringContaining('regel 2'),
    });
    await expect(leesDossierCsv(`${KOP.join(';')}\n2025-2026;"00AH" ;x\n`)).rejects.toMatchObject({ code: 'csv.ongeldig' });
    const rij = KOP.map(() => 'x').join(';');
    const groot = `${KOP.join(';')}\n${`${rij}\n`.repeat(MAX_IMPORT_RIJEN)}`;
    expect((await leesDossierCsv(groot)).rijen).toHaveLength(MAX_IMPORT_RIJEN);
    await expect(leesDossierCsv(`${groot}${rij}\n${rij}\n`)).rejects.toMatchObject({ code: 'csv.te-veel-rijen' });
    // Two full files of 50,000 rows: about a second alone, many more on a loaded CI machine; not a speed check.
  }, 60_000);

  it('never repeats cell contents in its errors', async () => {
    const fout = await leesDossierCsv(`${KOP.join(';')}\n2025-2026;00AH;x"999605999";y\n`).catch((error: unknown) => error);
    expect(fout).toBeInstanceOf(DossierCsvFout);
    expect((fout as Error).message).not.toContain('999605999');
  });
});

describe('valideerRij', () => {
  it('maps a row onto exactly the dossier the JSON API takes', async () => {
    const uitkomst = await eenRij(GOED);
    expect(uitkomst.meldingen).toBeUndefined();
    expect(uitkomst.dossier).toEqual(dienDossierInSchema.parse(ALS_JSON));
  });

  it('converts Dutch spellings: dates, ja/nee, gemeente numbers, code lists, postcode, BSN with dots', async () => {
    const uitkomst = await eenRij({
      ...GOED,
      geboortedatum: '12-5-2009',
      akkoord_getekend_op: '15/01/2026',
      ondersteuning_nodig: 'Ja',
      toestemming_delen: 'WAAR',
      woongemeente: '153',
      onderwijstype: 'VMBO KB',
      bestemming: 'MBO',
      postcode: '7522gk',
      bsn_of_onderwijsnummer: '9996.05.999',
    });
    expect(uitkomst.meldingen).toBeUndefined();
    expect(uitkomst.dossier).toMatchObject({
      leerling: { geboortedatum: '2009-05-12', woongemeente: 'GM0153', postcode: '7522 GK', persoonsnummer: '999605999' },
      opleiding: { onderwijstype: 'vmbo-kb' },
      ondersteuning: { nodig: true, toestemmingDelen: true },
      akkoordverklaring: { getekendOp: '2026-01-15' },
    });
  });

  it('compacts opleidingen and reports a problem on the column it came from', async () => {
    const goed = await eenRij({ ...GOED, crebo_1: '', niveau_1: '', crebo_2: '25168', niveau_2: '3' });
    expect(goed.dossier?.keuze.opleidingen).toEqual([{ crebo: '25168', niveau: 3 }]);
    const fout = await eenRij({ ...GOED, crebo_1: '', niveau_1: '', crebo_2: '25168', niveau_2: '7' });
    expect(fout.meldingen).toEqual([
      expect.objectContaining({ regel: 2, kolom: 'niveau_2', field: 'keuze.opleidingen[0].niveau', rule: expect.any(String) }),
    ]);
  });

  it.each([
    ['an invalid BSN', { bsn_of_onderwijsnummer: '123456789' }, 'bsn_of_onderwijsnummer', 'leerling.persoonsnummer'],
    ['an empty required cell', { geboortedatum: '' }, 'geboortedatum', 'leerling.geboortedatum'],
    ['an impossible date', { geboortedatum: '31-02-2009' }, 'geboortedatum', 'leerling.geboortedatum'],
    ['a word for a number', { leerjaar: 'vier' }, 'leerjaar', 'opleiding.leerjaar'],
    ['neither ja nor nee', { toestemming_delen: 'misschien' }, 'toestemming_delen', 'ondersteuning.toestemmingDelen'],
    ['an unknown gemeente', { woongemeente: 'GM9999' }, 'woongemeente', 'leerling.woongemeente'],
    ['a vestiging of another BRIN', { vestiging: '01AB00' }, 'vestiging', 'school.vestiging'],
    ['pro without uitstroomprofiel', { onderwijstype: 'pro' }, 'uitstroomprofiel', 'opleiding.uitstroomprofiel'],
  ])('reports %s with line, column, field and rule', async (_naam, wijziging, kolom, field) => {
    const uitkomst = await eenRij({ ...GOED, ...wijziging });
    expect(uitkomst.dossier).toBeUndefined();
    expect(uitkomst.meldingen).toContainEqual({ regel: 2, kolom, field, rule: expect.any(String), message: expect.any(String) });
    expect(JSON.stringify(uitkomst.meldingen)).not.toContain('123456789');
  });

  it('reports a row with too few fields, and allows trailing empty ones', async () => {
    const { kolommen, rijen } = await leesDossierCsv(
      `${KOP.join(';')}\n2025-2026;00AH\n${KOP.map((k) => GOED[k as keyof typeof GOED]).join(';')};;\n`,
    );
    const index = new KolomIndex(kolommen);
    expect(valideerRij(rijen[0], index).meldingen).toEqual([expect.objectContaining({ regel: 2, kolom: null, rule: 'csv.aantal-velden' })]);
    expect(valideerRij(rijen[1], index).meldingen).toBeUndefined();
  });

  it('works with only the required columns', async () => {
    const kop = DOSSIER_CSV_KOLOMMEN.filter((k) => k.verplicht).map((k) => k.naam);
    const uitkomst = await eenRij(GOED, kop);
    expect(uitkomst.meldingen).toBeUndefined();
    expect(uitkomst.dossier?.keuze.opleidingen).toEqual([]);
    expect(uitkomst.dossier?.akkoordverklaring).toBeUndefined();
  });
});

describe('cell conversions', () => {
  it('leaves what it cannot convert for the schema to reject', async () => {
    expect(datum('2009-05-12')).toBe('2009-05-12');
    expect(datum('1.2.2009')).toBe('2009-02-01');
    expect(datum('mei 2009')).toBe('mei 2009');
    expect(jaNee('N')).toBe(false);
    expect(jaNee('1')).toBe(true);
    expect(jaNee('soms')).toBe('soms');
    expect(gemeentecode('14')).toBe('GM0014');
    expect(gemeentecode('gm0014')).toBe('gm0014');
    expect(code('Zorgcoördinator')).toBe('zorgcoordinator');
    expect(code('vmbo_tl')).toBe('vmbo-tl');
  });

  it('names the column of every dossier field', async () => {
    expect(kolomVanVeld('leerling.persoonsnummer')).toBe('bsn_of_onderwijsnummer');
    expect(kolomVanVeld('school')).toBe('vestiging');
    expect(kolomVanVeld('keuze.opleidingen[1].crebo', [2, 5])).toBe('crebo_5');
    expect(kolomVanVeld('keuze.opleidingen[0].instelling')).toBe('instelling_1');
    expect(kolomVanVeld('ondersteuning.toestemmingDelen')).toBe('toestemming_delen');
    expect(kolomVanVeld('(body)')).toBeNull();
  });
});
