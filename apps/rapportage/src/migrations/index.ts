import { DossierProjectie1732320000200 } from './1732320000200-dossier-projectie';
import { OverstapProjecties1732320000300 } from './1732320000300-overstap-projecties';
import { OverstapProjectieIndexen1732320000310 } from './1732320000310-overstap-projectie-indexen';
import { CijferProjecties1732320000400 } from './1732320000400-cijfer-projecties';
import { VsvProjectie1732400008001 } from './1732400008001-vsv-projectie';
import { GegenereerdeDocumenten1732400013001 } from './1732400013001-gegenereerde-documenten';
import { VerzuimMeldingLevensloop1732400030001 } from './1732400030001-verzuim-melding-levensloop';
import { CijferTellingen1732400040001 } from './1732400040001-cijfer-tellingen';
import { VerzuimTellingen1732400040002 } from './1732400040002-verzuim-tellingen';
import { JikpUitkomsten1732400050001 } from './1732400050001-jikp-uitkomsten';
import { BenaderrondesProgrammadeelnames1732400060001 } from './1732400060001-benaderrondes-programmadeelnames';
import { ZiekteverzuimSignaal1732400060301 } from './1732400060301-ziekteverzuim-signaal';
import { UitschrijvingIndexen1732400060101 } from './1732400060101-uitschrijving-indexen';

/** rapportage's own migrations, in order: the service runs them at boot, the rebuild in a fresh schema. */
export const RAPPORTAGE_MIGRATIES = [
  DossierProjectie1732320000200,
  OverstapProjecties1732320000300,
  OverstapProjectieIndexen1732320000310,
  CijferProjecties1732320000400,
  VsvProjectie1732400008001,
  GegenereerdeDocumenten1732400013001,
  VerzuimMeldingLevensloop1732400030001,
  CijferTellingen1732400040001,
  VerzuimTellingen1732400040002,
  JikpUitkomsten1732400050001,
  BenaderrondesProgrammadeelnames1732400060001,
  UitschrijvingIndexen1732400060101,
  ZiekteverzuimSignaal1732400060301,
];
