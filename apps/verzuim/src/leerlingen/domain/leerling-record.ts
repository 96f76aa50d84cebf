import { Leerling } from './leerling';

/** What the rules need of a stored student. */
export const alsLeerling = (record: {
  geboortedatum: string;
  startkwalificatieOp: string | null;
  vrijgesteldVanKwalificatieplicht: boolean;
}): Leerling => ({
  geboortedatum: record.geboortedatum,
  ...(record.startkwalificatieOp ? { startkwalificatieOp: record.startkwalificatieOp } : {}),
  vrijgesteldVanKwalificatieplicht: record.vrijgesteldVanKwalificatieplicht,
});
