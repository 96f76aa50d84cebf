import { schoolRegister } from './school-register';
it('probe', () => {
  const r = schoolRegister();
  const regios = new Map<string, number>();
  r.vo.forEach((v) => regios.set(v.rmcRegio ?? '-', (regios.get(v.rmcRegio ?? '-') ?? 0) + 1));
  console.log(JSON.stringify({ vo: r.vo.length, mbo: r.mbo.length, inst: r.mboInstellingen.length, m: r.meldingen, regios: [...regios].sort() }, null, 1));
  console.log(JSON.stringify(r.mbo.filter((m) => !m.gemeentecode || m.gemeenteBron === 'plaats').map((m) => [m.brinvest, m.plaats, m.postcode, m.gemeentecode])));
  console.log(JSON.stringify(r.vo.filter((v) => !v.rmcRegio).map((v) => [v.vestiging, v.gemeentenaam, v.leerlingen])));
});
