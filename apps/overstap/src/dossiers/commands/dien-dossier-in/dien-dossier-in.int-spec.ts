import { DienDossierIn } from '@sluitend/contracts';
import { generateTestBsn, mulberry32 } from '@sluitend/domain-nl';
import { serviceTestContext, ServiceTestContext } from '@sluitend/testing';
import { AppModule } from '../../../app.module';
import { overstapEnvSchema } from '../../../config/overstap-env';
import { DienDossierInService } from './dien-dossier-in.service';

const rng = mulberry32(7);
const dossier = (): DienDossierIn => ({
  schooljaar: '2026-2027',
  school: { brin: '00AH', vestiging: '00AH00' },
  leerling: { persoonsnummer: generateTestBsn(rng), voornamen: 'Sam', achternaam: 'de Vries', geboortedatum: '2009-05-12', postcode: '7522 GK', woongemeente: 'GM0153' },
  opleiding: { onderwijstype: 'vmbo-kb', leerjaar: 4 },
  keuze: { bestemming: 'mbo', opleidingen: [{ crebo: '25180', niveau: 2 }] },
  ondersteuning: { nodig: false, toestemmingDelen: false },
  akkoordverklaring: { getekendOp: '2026-01-15' },
});

let context: ServiceTestContext;

beforeAll(async () => {
  context = await serviceTestContext({ service: 'overstap', envSchema: overstapEnvSchema, module: (env) => AppModule.forEnv(env) });
});

afterAll(() => context?.close());

describe('dien dossier in (use case against the real database)', () => {
  it('stores a new dossier with its first version and one outbox row, and a re-submission of the same content changes nothing', async () => {
    const dienIn = context.app.get(DienDossierInService);
    const school = context.claims({ type: 'vo-school', code: '00AH' }, ['schooladministratie']);
    const invoer = dossier();
    const [eerste] = await dienIn.execute([invoer], school, 'c-1');
    expect(eerste).toMatchObject({ versie: 1, status: 'aangemaakt' });
    const [tweede] = await dienIn.execute([invoer], school, 'c-2');
    expect(tweede).toMatchObject({ dossierId: eerste.dossierId, versie: 1, status: 'ongewijzigd' });
    const [{ versies }] = await context.dataSource.query('SELECT count(*)::int AS versies FROM dossier_versie WHERE dossier_id = $1', [eerste.dossierId]);
    const [{ events }] = await context.dataSource.query(`SELECT count(*)::int AS events FROM outbox WHERE event_type = 'overstap.dossier.ingediend'`);
    expect({ versies, events }).toEqual({ versies: 1, events: 1 });
  });
});
