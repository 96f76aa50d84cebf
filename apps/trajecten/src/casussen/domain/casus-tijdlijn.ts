import type { CasusTijdlijn } from '../../uitkomsten/domain/tijdigheid';
import type { CasusStatus } from './casus-status';

/**
 * The moments timeliness is counted between, read from the case: reported = the case opened (by its signal, a DUO
 * row or a hand); first contact = the first step into `in-contact`; intake = the first step into `screening`
 * (uitkomsten/domain/tijdigheid.ts classes them). Our reading: contact counts when the professional records the
 * contact step, not at an earlier attempt.
 */
export function casusTijdlijn(
  geopendOp: Date,
  historie: ReadonlyArray<{ readonly naarStatus: CasusStatus | null; readonly op: Date }>,
): CasusTijdlijn {
  const eerste = (status: CasusStatus) => historie.find((regel) => regel.naarStatus === status)?.op;
  return { gemeldOp: geopendOp, eersteContactOp: eerste('in-contact'), intakeOp: eerste('screening') };
}
