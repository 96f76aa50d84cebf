import { IsoDate, laatsteTeldatumOnder23 } from '@sluitend/domain-nl';
import { Jikpfeit } from './jikp-feit';

let volgnummer = 0;

/** The age fact of a young person born on `geboortedatum` (what the events carry instead, ADR 0023). */
export const geboren = (geboortedatum: IsoDate): IsoDate => laatsteTeldatumOnder23(geboortedatum);

/** `aantal` young people alike, born 2006-06-01 unless given (18 on 1 October 2024), living in Woerden unless given. */
export function jongeren(aantal: number, feit: Partial<Jikpfeit>): Jikpfeit[] {
  return Array.from({ length: aantal }, () => ({
    jongereId: `j${++volgnummer}`,
    laatsteTeldatumOnder23: geboren('2006-06-01'),
    woongemeente: 'GM0632',
    achtergrond: null,
    startkwalificatieOp: null,
    uitgestroomdIn: null,
    vsvSinds: null,
    participatie: 'geen',
    inkomensklasse: null,
    ...feit,
  }));
}
