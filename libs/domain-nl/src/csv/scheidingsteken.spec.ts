import { CSV_KOP_MAX_TEKENS, scheidingstekenVanKop } from './scheidingsteken';

describe('scheidingstekenVanKop', () => {
  it('takes the most frequent separator of the first line, the default when none is more frequent', () => {
    expect(scheidingstekenVanKop('a;b;c\n1,5;2;3')).toBe(';');
    expect(scheidingstekenVanKop('a,b,c\n1;2;3')).toBe(',');
    expect(scheidingstekenVanKop('a\tb\tc,d\n')).toBe('\t');
    expect(scheidingstekenVanKop('abc')).toBe(';');
    expect(scheidingstekenVanKop('abc', ',')).toBe(',');
    expect(scheidingstekenVanKop('a;b,c', ',')).toBe(',');
  });

  it('reads no further than CSV_KOP_MAX_TEKENS into a first line', () => {
    // Commas only beyond the bound: not seen, so the semicolons before it decide.
    const lang = `a;b;${'x'.repeat(CSV_KOP_MAX_TEKENS)}${','.repeat(1000)}\n`;
    expect(scheidingstekenVanKop(lang)).toBe(';');
    const zonderRegeleinde = ','.repeat(10) + ';'.repeat(CSV_KOP_MAX_TEKENS * 4);
    const start = performance.now();
    expect(scheidingstekenVanKop(zonderRegeleinde)).toBe(';');
    expect(performance.now() - start).toBeLessThan(500);
  });
});
