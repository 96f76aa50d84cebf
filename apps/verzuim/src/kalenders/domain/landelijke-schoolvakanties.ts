import { Schooljaar } from '@sluitend/domain-nl';
import { VakantieRegio, Vakantie } from './schooljaar-kalender';

/**
 * DATA — the Rijksoverheid's national vacation dates per vacation region, one entry per schooljaar as the Rijksoverheid
 * lists it (herfstvakantie … zomervakantie at its end). Sources, what is missing and why: landelijke-schoolvakanties.md
 * beside this file. Add a schooljaar only with a source you can cite; never a guessed date (DOMAIN.md).
 * Kerst-, mei- and zomervakantie are fixed by OCW; herfst- and voorjaarsvakantie are advice a school may leave.
 */
export interface LandelijkAdvies {
  readonly schooljaar: Schooljaar;
  readonly bron: string;
  readonly vakanties: Readonly<Record<VakantieRegio, readonly Vakantie[]>>;
}

const KERST_2024: Vakantie = { naam: 'kerstvakantie', van: '2024-12-21', totEnMet: '2025-01-05' };
const MEI_2025: Vakantie = { naam: 'meivakantie', van: '2025-04-26', totEnMet: '2025-05-04' };

export const LANDELIJKE_SCHOOLVAKANTIES: readonly LandelijkAdvies[] = [
  {
    schooljaar: '2024-2025',
    bron:
      'Rijksoverheid (OCW), schoolvakanties 2024-2025, zoals integraal weergegeven door Nationale Onderwijsgids, ' +
      '15 augustus 2024: https://www.nationaleonderwijsgids.nl/speciaal-onderwijs/nieuws/70520-schoolvakanties-noord-midden-en-zuid-voor-eind-2024-en-gedeelte-2025.html',
    vakanties: {
      noord: [
        { naam: 'herfstvakantie', van: '2024-10-26', totEnMet: '2024-11-03' },
        KERST_2024,
        { naam: 'voorjaarsvakantie', van: '2025-02-15', totEnMet: '2025-02-23' },
        MEI_2025,
        { naam: 'zomervakantie', van: '2025-07-12', totEnMet: '2025-08-24' },
      ],
      midden: [
        { naam: 'herfstvakantie', van: '2024-10-26', totEnMet: '2024-11-03' },
        KERST_2024,
        { naam: 'voorjaarsvakantie', van: '2025-02-22', totEnMet: '2025-03-02' },
        MEI_2025,
        { naam: 'zomervakantie', van: '2025-07-19', totEnMet: '2025-08-31' },
      ],
      zuid: [
        { naam: 'herfstvakantie', van: '2024-10-19', totEnMet: '2024-10-27' },
        KERST_2024,
        { naam: 'voorjaarsvakantie', van: '2025-02-22', totEnMet: '2025-03-02' },
        MEI_2025,
        { naam: 'zomervakantie', van: '2025-07-05', totEnMet: '2025-08-17' },
      ],
    },
  },
];
