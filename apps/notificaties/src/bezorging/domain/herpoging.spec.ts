import { moetUitschakelen, naMislukking } from './herpoging';

describe('retrying a failed delivery', () => {
  const beleid = { maxPogingen: 4, backoffMs: 1000 };
  const now = new Date('2027-04-02T08:00:00Z');
  const wacht = (poging: number) => naMislukking(poging, beleid, now).volgendePogingOp.getTime() - now.getTime();

  it('waits the backoff after the first failure and doubles it after each next one', () => {
    expect([1, 2, 3].map(wacht)).toEqual([1000, 2000, 4000]);
    expect(naMislukking(3, beleid, now).status).toBe('wachtend');
  });

  it('gives up after the last attempt', () => {
    expect(naMislukking(4, beleid, now).status).toBe('mislukt');
    expect(naMislukking(5, beleid, now).status).toBe('mislukt');
  });

  it('disables a webhook at the threshold of failures in a row, not before', () => {
    expect(moetUitschakelen(2, 3)).toBe(false);
    expect(moetUitschakelen(3, 3)).toBe(true);
  });
});
