import { Gebruiker } from './auth';

export type MenuItem = { pad: string; label: string };

/** What a user sees, by organisation and roles (the services check the same on every call). */
export function menuVoor(gebruiker: Gebruiker, demo: boolean): MenuItem[] {
  const items: MenuItem[] = [{ pad: '/', label: 'Start' }];
  const { type } = gebruiker.org;
  const rol = (...rollen: string[]) => rollen.some((r) => gebruiker.rollen.includes(r));
  if (type === 'rmc-regio' || type === 'gemeente' || type === 'vo-school' || type === 'mbo-instelling' || (type === 'ggd' && rol('jeugdarts')))
    items.push({ pad: '/signalen', label: 'Signalen' });
  // The jeugdarts of a GGD: worrying sick leave (M@ZL) of the residents of the gemeente it serves (ADR 0022).
  if (type === 'ggd' && rol('jeugdarts')) items.push({ pad: '/ziekteverzuim', label: 'Ziekteverzuim' });
  if (type === 'vo-school' || type === 'rmc-regio') items.push({ pad: '/monitor', label: 'Doorstroommonitor' });
  if (type === 'vo-school' && rol('schooladministratie', 'decaan', 'mentor')) items.push({ pad: '/dossiers', label: 'Dossiers indienen' });
  if (type === 'mbo-instelling' && rol('intaker', 'schooladministratie')) {
    items.push({ pad: '/aanmeldingen', label: 'Aanmeldingen' });
    items.push({ pad: '/inschrijvingen', label: 'Inschrijvingen' });
  }
  if (type === 'rmc-regio' && rol('trajectbegeleider', 'rmc-coordinator')) items.push({ pad: '/casussen', label: 'Casussen' });
  if (type === 'rmc-regio' && rol('trajectbegeleider', 'rmc-coordinator')) items.push({ pad: '/programmas', label: "Programma's" });
  if (type === 'rmc-regio' && rol('rmc-coordinator')) items.push({ pad: '/casusregels', label: 'Casusregels' });
  if (type === 'rmc-regio' && rol('trajectbegeleider', 'rmc-coordinator')) {
    items.push({ pad: '/netwerkoverleg', label: 'Netwerkoverleg' });
    items.push({ pad: '/duo-lijsten', label: 'DUO-lijsten' });
    items.push({ pad: '/benaderrondes', label: 'Benaderrondes' });
    items.push({ pad: '/nazorg', label: 'Nazorg' });
  }
  if (type === 'rmc-regio' && rol('rmc-coordinator')) items.push({ pad: '/caseload', label: 'Caseload' });
  if (type === 'partner' && rol('partner', 'trajectbegeleider')) items.push({ pad: '/overdrachten', label: 'Overgedragen casussen' });
  const school = type === 'vo-school' || type === 'mbo-instelling';
  if (school && rol('schooladministratie', 'mentor')) items.push({ pad: '/verzuim', label: 'Verzuim' });
  if (
    (school && rol('schooladministratie', 'mentor')) ||
    (type === 'gemeente' && rol('leerplichtambtenaar')) ||
    (type === 'rmc-regio' && rol('trajectbegeleider', 'rmc-coordinator'))
  )
    items.push({ pad: '/verzuimmeldingen', label: 'Verzuimmeldingen' });
  if (school && rol('schooladministratie')) items.push({ pad: '/verlof', label: 'Verlof' });
  if (type === 'gemeente' && rol('leerplichtambtenaar')) items.push({ pad: '/verlof', label: 'Verlofbesluiten' });
  if (
    type === 'vo-school' ||
    type === 'rmc-regio' ||
    type === 'ops' ||
    (type === 'gemeente' && rol('leerplichtambtenaar')) ||
    // An mbo's own figures (VSV, uitschrijving en switch; libs/auth's beleid); the GGD's jeugdarts its M@ZL figures.
    (type === 'mbo-instelling' && rol('intaker', 'schooladministratie', 'beheerder')) ||
    (type === 'ggd' && rol('jeugdarts'))
  )
    items.push({ pad: '/cijfers', label: 'Cijfers' });
  // The organisation's channels (its beheerder; an RMC's coordinator too, who also sets the region's routing).
  if (
    (type === 'rmc-regio' && rol('rmc-coordinator', 'beheerder')) ||
    (type !== 'rmc-regio' && type !== 'ops' && type !== 'partner' && type !== 'ggd' && rol('beheerder'))
  )
    items.push({ pad: '/instellingen', label: 'Instellingen' });
  if (type === 'ops') {
    items.push({ pad: '/platform', label: 'Platform' });
    if (demo) items.push({ pad: '/demojaar', label: 'Demojaar' });
  }
  return items;
}
