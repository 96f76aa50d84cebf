import { DienDossierIn } from '@sluitend/contracts';
import { generateTestBsn, mulberry32 } from '@sluitend/domain-nl';

const rng = mulberry32(Date.now() % 2 ** 31);

/** A valid dossier as a VO school sends it, for a fresh generated test BSN (11-proef, test range). */
export function validDossier(brin = '00AH', vestiging = `${brin}00`, woongemeente = 'GM0153'): DienDossierIn {
  return {
    schooljaar: '2026-2027',
    school: { brin, vestiging },
    leerling: {
      persoonsnummer: generateTestBsn(rng),
      voornamen: 'Sam',
      achternaam: 'de Vries',
      geboortedatum: '2009-05-12',
      postcode: '7522 GK',
      woongemeente,
    },
    opleiding: { onderwijstype: 'vmbo-kb', leerjaar: 4 },
    keuze: { bestemming: 'mbo', opleidingen: [{ crebo: '25180', niveau: 2 }] },
    ondersteuning: { nodig: false, toestemmingDelen: false },
    akkoordverklaring: { getekendOp: '2026-01-15' },
  };
}
