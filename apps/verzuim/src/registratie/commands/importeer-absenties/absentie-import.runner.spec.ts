import { splitsNieuw, voegSamen } from './absentie-import.runner';

const JAAR = { eersteDag: '2025-08-01', laatsteDag: '2026-07-31' };
const dag = (datum: string, ongeoorloofd = 0, ziek = 0) => ({
  datum,
  ongeoorloofd,
  ziek,
  verlof: 0,
  schorsing: 0,
  teLaat: 0,
  uitgestuurd: 0,
  alleLessenGemist: false,
});

describe('voegSamen (the history an import page evaluates, without reading back what it wrote)', () => {
  it("is the file's days for a student with nothing stored, days that say nothing left out", () => {
    const samen = voegSamen(
      new Map(),
      [
        {
          jongereId: 'a',
          dagen: [
            { dag: dag('2025-09-01', 4), regel: 2 },
            { dag: dag('2025-09-02'), regel: 3 },
          ],
        },
      ],
      JAAR,
    );
    expect(samen.get('a')).toEqual([dag('2025-09-01', 4)]);
  });

  it('replaces a stored day, withdraws one the file empties, keeps the others, in date order', () => {
    const opgeslagen = new Map([['a', [dag('2025-09-01', 1), dag('2025-09-03', 2), dag('2025-09-05', 3)]]]);
    const samen = voegSamen(
      opgeslagen,
      [
        {
          jongereId: 'a',
          dagen: [
            { dag: dag('2025-09-02', 0, 1), regel: 2 },
            { dag: dag('2025-09-03'), regel: 3 },
            { dag: dag('2025-09-05', 6), regel: 4 },
          ],
        },
      ],
      JAAR,
    );
    expect(samen.get('a')).toEqual([dag('2025-09-01', 1), dag('2025-09-02', 0, 1), dag('2025-09-05', 6)]);
  });

  it("leaves out a day outside the calendar's year (as a read of the stored history would), and students not on the page", () => {
    const opgeslagen = new Map([['b', [dag('2025-09-01', 1)]]]);
    const samen = voegSamen(
      opgeslagen,
      [
        {
          jongereId: 'a',
          dagen: [
            { dag: dag('2026-08-03', 4), regel: 2 },
            { dag: dag('2025-10-01', 2), regel: 3 },
          ],
        },
      ],
      JAAR,
    );
    expect(samen.get('a')).toEqual([dag('2025-10-01', 2)]);
    expect(samen.has('b')).toBe(false);
  });
});

describe('splitsNieuw (a plain insert for days without a stored record)', () => {
  it('sends new days to the insert, replaced, withdrawn and out-of-year days to replace-or-withdraw, and drops withdrawing a day never stored', () => {
    const opgeslagen = new Map([['a', [dag('2025-09-01', 1), dag('2025-09-03', 2)]]]);
    const { nieuw, anders } = splitsNieuw(
      opgeslagen,
      [
        {
          jongereId: 'a',
          dagen: [
            { dag: dag('2025-09-01', 4), regel: 2 },
            { dag: dag('2025-09-02', 1), regel: 3 },
            { dag: dag('2025-09-03'), regel: 4 },
            { dag: dag('2025-09-04'), regel: 5 },
          ],
        },
        {
          jongereId: 'b',
          dagen: [
            { dag: dag('2025-09-01', 2), regel: 6 },
            { dag: dag('2026-08-03', 2), regel: 7 },
          ],
        },
      ],
      JAAR,
    );
    expect(nieuw).toEqual([
      { jongereId: 'a', dag: dag('2025-09-02', 1) },
      { jongereId: 'b', dag: dag('2025-09-01', 2) },
    ]);
    expect(anders).toEqual([
      { jongereId: 'a', dag: dag('2025-09-01', 4) },
      { jongereId: 'a', dag: dag('2025-09-03') },
      { jongereId: 'b', dag: dag('2026-08-03', 2) },
    ]);
  });
});
