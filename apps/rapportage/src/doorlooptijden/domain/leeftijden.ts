import { IsoDate, leeftijdOp } from '@sluitend/domain-nl';

/**
 * Ages on one peildatum, by libs/domain-nl's `leeftijdOp` (the one age rule), remembered per date of birth: a figure
 * over a million young people asks for a few thousand distinct birth dates, not a million ages. Born after the
 * peildatum: −1 (not yet born, younger than any age band).
 */
export class LeeftijdenOp {
  private readonly bekend = new Map<IsoDate, number>();

  constructor(readonly peildatum: IsoDate) {}

  van(geboortedatum: IsoDate): number {
    let leeftijd = this.bekend.get(geboortedatum);
    if (leeftijd === undefined) {
      leeftijd = geboortedatum > this.peildatum ? -1 : leeftijdOp(geboortedatum, this.peildatum);
      this.bekend.set(geboortedatum, leeftijd);
    }
    return leeftijd;
  }

  /** At least `jaren` old on the peildatum (domain-nl's `isMinstens`: a birthday counts from its first moment). */
  isMinstens(geboortedatum: IsoDate, jaren: number): boolean {
    return this.van(geboortedatum) >= jaren;
  }
}
