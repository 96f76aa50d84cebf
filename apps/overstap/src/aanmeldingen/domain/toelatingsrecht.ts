import { toelatingsrechtDeadline } from '@sluitend/domain-nl';

/**
 * Toelatingsrecht: an aanmelding made on or before the end of 1 April (Europe/Amsterdam) of the schooljaar of leaving
 * (the national rule `toelatingsrechtDeadline`) gives the student the right to be admitted.
 */
export const opTijdAangemeld = (aangemeldOp: Date, schooljaar: string): boolean =>
  aangemeldOp.getTime() <= toelatingsrechtDeadline(schooljaar).getTime();
