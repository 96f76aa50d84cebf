import { Jikpfeit } from './jikp-feit';

let volgnummer = 0;

/** `aantal` young people alike, born 2006-06-01 unless given (18 on 1 October 2024), living in Woerden unless given. */
export function jongeren(aantal: number, feit: Partial<Jikpfeit>): Jikpfeit[] {
  return Array.from({ length: aantal }, () => ({
    jongereId: `j${++volgnummer}`,
    geboortedatum: '2006-06-01',
    woongemeente: 'GM0632',
    achtergrond: null,
    startkwalificatieOp: null,
    uitgestroomdIn: null,
    vsvSinds: null,
    participatie: 'geen',
    inkomenPerMaand: null,
    ...feit,
  }));
}
