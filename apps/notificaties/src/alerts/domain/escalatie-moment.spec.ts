import { escalatieTermijnSchema } from '../../config/notificaties-env';
import { escalatieMoment } from './escalatie-moment';

describe('escalatieMoment', () => {
  it('is N Dutch working days later: a weekend does not count', () => {
    // Friday 10:00 Amsterdam + 5 werkdagen = the next Friday 10:00.
    const vrijdag = new Date('2027-03-05T09:00:00Z');
    expect(escalatieMoment(vrijdag, escalatieTermijnSchema.parse('5 werkdagen')).toISOString()).toBe('2027-03-12T09:00:00.000Z');
  });

  it('skips a public holiday (Tweede Paasdag 2027 is Monday 29 March)', () => {
    const donderdag = new Date('2027-03-25T09:00:00Z');
    expect(escalatieMoment(donderdag, escalatieTermijnSchema.parse('2 werkdagen')).toISOString()).toBe('2027-03-30T08:00:00.000Z');
  });

  it('is a plain duration for demos and tests', () => {
    const nu = new Date('2027-03-05T09:00:00Z');
    expect(escalatieMoment(nu, escalatieTermijnSchema.parse('30s')).getTime() - nu.getTime()).toBe(30_000);
    expect(escalatieMoment(nu, escalatieTermijnSchema.parse('2h')).getTime() - nu.getTime()).toBe(7_200_000);
  });
});
