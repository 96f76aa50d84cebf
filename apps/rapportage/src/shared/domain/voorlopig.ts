import { IsoDate, localDateOf } from '@sluitend/domain-nl';

/**
 * A count whose peildatum is still to come (Amsterdam day of `nu`, the service's clock — the demo clock in demo mode)
 * is provisional: who is not (yet) enrolled for that day counts as not enrolled — for VSV as a voortijdig
 * schoolverlater, for JiKP as not in education. The figures say so (`voorlopig`) rather than pass for the final count.
 */
export function isVoorlopig(peildatum: IsoDate, nu: Date): boolean {
  return peildatum > localDateOf(nu);
}
