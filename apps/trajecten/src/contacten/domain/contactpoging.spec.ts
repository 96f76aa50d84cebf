import { ContactPoging, eersteContact, valideerContactPoging } from './contactpoging';

const nu = new Date('2026-05-04T12:00:00Z');

describe('contact attempts', () => {
  it('records a letter, a call, a home visit, reached or not', () => {
    expect(valideerContactPoging({ soort: 'huisbezoek', bereikt: false, door: ' tb-17 ', op: new Date('2026-05-04T09:00:00Z') }, nu)).toEqual({
      soort: 'huisbezoek',
      bereikt: false,
      door: 'tb-17',
      op: new Date('2026-05-04T09:00:00Z'),
    });
  });

  it('refuses an unknown kind, no one, and a moment in the future, all at once', () => {
    expect(() => valideerContactPoging({ soort: 'duif', bereikt: true, door: '', op: new Date('2026-05-04T12:00:01Z') }, nu)).toThrow(
      expect.objectContaining({
        code: 'contactpoging.ongeldig',
        issues: [
          expect.objectContaining({ field: 'soort', rule: 'soort.onbekend' }),
          expect.objectContaining({ field: 'door', rule: 'door.verplicht' }),
          expect.objectContaining({ field: 'op', rule: 'op.toekomst' }),
        ],
      }),
    );
  });

  it('first contact is the earliest attempt that reached the young person', () => {
    const pogingen: ContactPoging[] = [
      { soort: 'brief', bereikt: false, door: 'a', op: new Date('2026-03-01T10:00:00Z') },
      { soort: 'huisbezoek', bereikt: true, door: 'a', op: new Date('2026-03-20T10:00:00Z') },
      { soort: 'telefoon', bereikt: true, door: 'a', op: new Date('2026-03-10T10:00:00Z') },
    ];
    expect(eersteContact(pogingen)).toEqual(new Date('2026-03-10T10:00:00Z'));
    expect(eersteContact(pogingen.slice(0, 1))).toBeUndefined();
  });
});
