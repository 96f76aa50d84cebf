import { isKwalificatieplichtig, kwalificatieplichtBegin, kwalificatieplichtEinde } from './kwalificatieplicht';

describe('kwalificatieplicht', () => {
  const geboren = '2010-07-15';

  it('runs from the day after leerplicht to the day before the 18th birthday', () => {
    expect(kwalificatieplichtBegin(geboren)).toBe('2026-08-01');
    expect(kwalificatieplichtEinde(geboren)).toBe('2028-07-14');
  });

  it('applies without startkwalificatie', () => {
    expect(isKwalificatieplichtig(geboren, '2026-07-31', false)).toBe(false); // still leerplichtig
    expect(isKwalificatieplichtig(geboren, '2026-08-01', false)).toBe(true);
    expect(isKwalificatieplichtig(geboren, '2028-07-14', false)).toBe(true);
    expect(isKwalificatieplichtig(geboren, '2028-07-15', false)).toBe(false); // 18th birthday
  });

  it('ends with a startkwalificatie or an exemption', () => {
    expect(isKwalificatieplichtig(geboren, '2026-08-01', true)).toBe(false);
    const vrijgesteld = { vrijgesteldVanKwalificatieplicht: true };
    expect(isKwalificatieplichtig(geboren, '2026-08-01', false, vrijgesteld)).toBe(false);
  });

  it('a child turning 16 in August has a short kwalificatieplicht', () => {
    expect(kwalificatieplichtBegin('2010-08-01')).toBe('2027-08-01');
    expect(kwalificatieplichtEinde('2010-08-01')).toBe('2028-07-31');
  });
});
