import { AMSTERDAM, addDays, instantOfLocal, localDateOf, localDateTime, startOfLocalDate } from '@sluitend/domain-nl';
import { amsterdamBeginVanDag, amsterdamDatum, amsterdamMoment, amsterdamOffsetMs, amsterdamTijd } from './amsterdam-tijd';

const UUR = 3_600_000;

describe("Amsterdam wall clock (a cache over domain-nl's offset)", () => {
  it("gives domain-nl's answers every 7 minutes around the changes of 2026 and 2027", () => {
    for (const begin of ['2026-03-28T00:00:00Z', '2026-10-24T00:00:00Z', '2027-03-27T00:00:00Z', '2027-10-30T00:00:00Z']) {
      for (let ms = Date.parse(begin); ms < Date.parse(begin) + 72 * UUR; ms += 7 * 60_000) {
        const instant = new Date(ms);
        expect(amsterdamTijd(instant)).toEqual(localDateTime(instant, AMSTERDAM));
        expect(amsterdamDatum(instant)).toBe(localDateOf(instant));
        const lokaal = localDateTime(instant, AMSTERDAM);
        expect(amsterdamMoment(lokaal)).toEqual(instantOfLocal(lokaal, AMSTERDAM));
      }
    }
  });

  it('chooses like domain-nl for a time that does not exist or occurs twice', () => {
    const gat = { year: 2026, month: 3, day: 29, hour: 2, minute: 30, second: 0, millisecond: 0 };
    const dubbel = { ...gat, month: 10, day: 25 };
    expect(amsterdamMoment(gat)).toEqual(instantOfLocal(gat, AMSTERDAM));
    expect(amsterdamMoment(dubbel)).toEqual(instantOfLocal(dubbel, AMSTERDAM));
  });

  it('midnight of every day of 2026 like domain-nl, and the offsets of winter and summer', () => {
    for (let datum = '2026-01-01'; datum < '2027-01-01'; datum = addDays(datum, 1))
      expect(amsterdamBeginVanDag(datum)).toEqual(startOfLocalDate(datum));
    expect(amsterdamOffsetMs(Date.parse('2026-01-15T12:00:00Z'))).toBe(UUR);
    expect(amsterdamOffsetMs(Date.parse('2026-07-15T12:00:00Z'))).toBe(2 * UUR);
  });
});
