import type { MboNiveau } from '@sluitend/domain-nl';

export interface VoorbeeldOpleiding {
  /** 5 digits, the format of a real crebo code. */
  readonly crebo: string;
  readonly niveau: MboNiveau;
  /** Indicative name, for readable demo data. */
  readonly naam: string;
}

/**
 * EXAMPLE mbo programmes for synthetic dossiers. The codes have the real crebo format (5 digits, 25xxx as in the
 * current kwalificatiestructuur) and most resemble real ones, but this list is NOT an extract of the SBB/DUO
 * register: code, niveau and name were not checked against it. Never use it to validate real crebo codes.
 */
export const VOORBEELD_OPLEIDINGEN: readonly VoorbeeldOpleiding[] = [
  { crebo: '25250', niveau: 1, naam: 'Entree – assistent dienstverlening en zorg' },
  { crebo: '25253', niveau: 1, naam: 'Entree – assistent logistiek' },
  { crebo: '25255', niveau: 1, naam: 'Entree – assistent bouwen, wonen en onderhoud' },
  { crebo: '25180', niveau: 2, naam: 'Kok' },
  { crebo: '25167', niveau: 2, naam: 'Medewerker bediening' },
  { crebo: '25405', niveau: 2, naam: 'Verkoopmedewerker' },
  { crebo: '25454', niveau: 2, naam: 'Helpende zorg en welzijn' },
  { crebo: '25193', niveau: 2, naam: 'Medewerker ICT' },
  { crebo: '25283', niveau: 2, naam: 'Monteur elektrotechnische installaties' },
  { crebo: '25446', niveau: 2, naam: 'Timmerman' },
  { crebo: '25138', niveau: 2, naam: 'Logistiek medewerker' },
  { crebo: '25491', niveau: 3, naam: 'Verzorgende-IG' },
  { crebo: '25487', niveau: 3, naam: 'Pedagogisch medewerker kinderopvang' },
  { crebo: '25181', niveau: 3, naam: 'Zelfstandig werkend kok' },
  { crebo: '25266', niveau: 3, naam: 'Eerste monteur elektrotechnische installaties' },
  { crebo: '25409', niveau: 3, naam: 'Eerste verkoper' },
  { crebo: '25142', niveau: 3, naam: 'Allround medewerker autotechniek' },
  { crebo: '25462', niveau: 3, naam: 'Kapper' },
  { crebo: '25480', niveau: 4, naam: 'Mbo-verpleegkundige' },
  { crebo: '25187', niveau: 4, naam: 'Software developer' },
  { crebo: '25455', niveau: 4, naam: 'Onderwijsassistent' },
  { crebo: '25139', niveau: 4, naam: 'Bedrijfsadministrateur' },
  { crebo: '25410', niveau: 4, naam: 'Ondernemer detailhandel' },
  { crebo: '25477', niveau: 4, naam: 'Sport- en bewegingscoördinator' },
  { crebo: '25475', niveau: 4, naam: 'Persoonlijk begeleider specifieke doelgroepen' },
  { crebo: '25198', niveau: 4, naam: 'Technicus engineering' },
];
