import { z } from 'zod';
import { INKOMENSKLASSEN } from '../../model/trajecten/casus.model';
import { zetCasusStapSchema } from './casus.requests';

/** The issues as the problem+json answer names them: the dotted field and the rule (libs/platform's toFieldIssues). */
const fields = (schema: z.ZodType, value: unknown) =>
  (schema.safeParse(value).error?.issues ?? []).map((issue) => ({
    field: issue.path.join('.'),
    rule: ('params' in issue ? (issue.params as { rule?: string } | undefined)?.rule : undefined) ?? issue.code,
    message: issue.message,
  }));

const afsluiten = (uitkomst: Record<string, unknown>) => ({ actie: 'afsluiten', uitkomst });

describe('zetCasusStapSchema: the income class of the outcome', () => {
  it('takes each of the three classes with werk-zonder-startkwalificatie, and none ("onbekend")', () => {
    for (const inkomensklasse of INKOMENSKLASSEN) {
      const body = afsluiten({ categorie: 'werk-zonder-startkwalificatie', urenPerWeek: 20, inkomensklasse });
      expect(zetCasusStapSchema.parse(body)).toEqual(body);
    }
    expect(fields(zetCasusStapSchema, afsluiten({ categorie: 'werk-zonder-startkwalificatie', urenPerWeek: 20 }))).toEqual([]);
  });

  it('refuses a class with any other outcome, on uitkomst.inkomensklasse with the rule', () => {
    for (const categorie of ['voltijd-onderwijs', 'combinatie-leren-werken', 'zorg-opvang-detentie', 'overig']) {
      expect(fields(zetCasusStapSchema, afsluiten({ categorie, toelichting: 'x', inkomensklasse: 'minder-dan-300' }))).toEqual([
        {
          field: 'uitkomst.inkomensklasse',
          rule: 'inkomensklasse.alleen-bij-werk',
          message: 'inkomensklasse hoort alleen bij de uitkomst werk-zonder-startkwalificatie',
        },
      ]);
    }
  });

  it('refuses an amount or an unknown class, naming the classes', () => {
    for (const inkomensklasse of [450, 'minder-dan-700', '']) {
      expect(fields(zetCasusStapSchema, afsluiten({ categorie: 'werk-zonder-startkwalificatie', urenPerWeek: 20, inkomensklasse }))).toEqual([
        { field: 'uitkomst.inkomensklasse', rule: 'invalid_value', message: 'inkomensklasse is een van: minder-dan-300, 300-tot-700, 700-of-meer' },
      ]);
    }
  });
});
