import { Gebruiker } from './auth';

export type MenuItem = { pad: string; label: string };

/** What a user sees, by organisation and roles (the services check the same on every call). */
export function menuVoor(gebruiker: Gebruiker, demo: boolean): MenuItem[] {
  const items: MenuItem[] = [{ pad: '/', label: 'Start' }];
  const { type } = gebruiker.org;
  if (type === 'rmc-regio' || type === 'gemeente' || type === 'vo-school' || type === 'mbo-instelling') items.push({ pad: '/signalen', label: 'Signalen' });
  if (type === 'vo-school' || type === 'rmc-regio') items.push({ pad: '/monitor', label: 'Doorstroommonitor' });
  if (type === 'ops') {
    items.push({ pad: '/platform', label: 'Platform' });
    if (demo) items.push({ pad: '/demojaar', label: 'Demojaar' });
  }
  return items;
}
