import { Gebruiker } from './auth';

export type MenuItem = { pad: string; label: string };

/** What a user sees, by organisation and roles (the services check the same on every call). */
export function menuVoor(gebruiker: Gebruiker, demo: boolean): MenuItem[] {
  const items: MenuItem[] = [{ pad: '/', label: 'Start' }];
  const { type } = gebruiker.org;
  if (type === 'rmc-regio' || type === 'gemeente' || type === 'vo-school' || type === 'mbo-instelling')
    items.push({ pad: '/signalen', label: 'Signalen' });
  if (type === 'vo-school' || type === 'rmc-regio') items.push({ pad: '/monitor', label: 'Doorstroommonitor' });
  const rol = (...rollen: string[]) => rollen.some((r) => gebruiker.rollen.includes(r));
  if (type === 'vo-school' && rol('schooladministratie', 'decaan', 'mentor')) items.push({ pad: '/dossiers', label: 'Dossiers indienen' });
  if (type === 'mbo-instelling' && rol('intaker', 'schooladministratie')) {
    items.push({ pad: '/aanmeldingen', label: 'Aanmeldingen' });
    items.push({ pad: '/inschrijvingen', label: 'Inschrijvingen' });
  }
  if (type === 'rmc-regio' && rol('trajectbegeleider', 'rmc-coordinator')) items.push({ pad: '/casussen', label: 'Casussen' });
  if (type === 'rmc-regio' && rol('rmc-coordinator')) items.push({ pad: '/casusregels', label: 'Casusregels' });
  if (type === 'rmc-regio' && rol('trajectbegeleider', 'rmc-coordinator')) {
    items.push({ pad: '/netwerkoverleg', label: 'Netwerkoverleg' });
    items.push({ pad: '/duo-lijsten', label: 'DUO-lijsten' });
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
  if (type === 'vo-school' || type === 'rmc-regio' || type === 'ops') items.push({ pad: '/cijfers', label: 'Cijfers' });
  // The organisation's channels (its beheerder; an RMC's coordinator too, who also sets the region's routing).
  if (
    (type === 'rmc-regio' && rol('rmc-coordinator', 'beheerder')) ||
    (type !== 'rmc-regio' && type !== 'ops' && type !== 'partner' && rol('beheerder'))
  )
    items.push({ pad: '/instellingen', label: 'Instellingen' });
  if (type === 'ops') {
    items.push({ pad: '/platform', label: 'Platform' });
    if (demo) items.push({ pad: '/demojaar', label: 'Demojaar' });
  }
  return items;
}
