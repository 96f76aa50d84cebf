/** RFC 9457 problem details, with the field-level issues of a rejected request. */
export type FieldIssue = { field: string; rule: string; message: string };

export type Problem = {
  type: string;
  title: string;
  status: number;
  detail?: string;
  code?: string;
  instance?: string;
  correlationId?: string;
  errors?: FieldIssue[];
  [extension: string]: unknown;
};

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

const TITLES: Record<number, string> = {
  400: 'Ongeldige invoer',
  401: 'Niet ingelogd',
  403: 'Geen toegang',
  404: 'Niet gevonden',
  409: 'Conflict',
  413: 'Verzoek te groot',
  415: 'Niet ondersteund mediatype',
  422: 'Niet verwerkbaar',
  429: 'Te veel verzoeken',
  500: 'Interne fout',
  503: 'Niet beschikbaar',
};

export const problem = (status: number, extra: Partial<Problem> = {}): Problem => ({
  type: extra.code ? `https://sluitend.nl/problems/${extra.code}` : 'about:blank',
  title: TITLES[status] ?? 'Fout',
  status,
  ...extra,
});
