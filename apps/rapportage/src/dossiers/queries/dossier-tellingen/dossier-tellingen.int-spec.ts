import { randomUUID } from 'node:crypto';
import type { DossierIngediendPayload } from '@sluitend/contracts';
import { DomainError } from '@sluitend/domain-nl';
import { serviceTestContext, ServiceTestContext } from '@sluitend/testing';
import { AppModule } from '../../../app.module';
import { rapportageEnvSchema } from '../../../config/rapportage-env';
import { ProjecteerDossier } from '../../commands/projecteer-dossier/projecteer-dossier';
import { TelDossiers } from './dossier-tellingen';

type Plek = Pick<DossierIngediendPayload, 'brin' | 'vestiging' | 'woongemeente' | 'rmcRegio'> & { schooljaar?: string };
const dossier = (plek: Plek): DossierIngediendPayload => ({
  dossierId: randomUUID(),
  versie: 1,
  schooljaar: '2026-2027',
  onderwijstype: 'havo',
  leerjaar: 5,
  bestemming: 'hbo',
  ondersteuningNodig: false,
  ingediendOp: '2026-01-15T09:00:00.000Z',
  ...plek,
});

const groningen = { woongemeente: 'GM0014', rmcRegio: 'MC03' };
const assen = { woongemeente: 'GM0106', rmcRegio: 'MC07' };

let context: ServiceTestContext;
let tel: (org: Parameters<ServiceTestContext['claims']>[0]) => ReturnType<TelDossiers['execute']>;

beforeAll(async () => {
  context = await serviceTestContext({ service: 'rapportage', envSchema: rapportageEnvSchema, module: (env) => AppModule.forEnv(env) });
  await context.app.get(ProjecteerDossier).execute({
    input: {
      ingediend: [
        dossier({ brin: '00AH', vestiging: '00AH00', ...groningen }),
        dossier({ brin: '00AH', vestiging: '00AH01', ...assen }),
        dossier({ brin: '00AH', vestiging: '00AH01', ...assen }),
        dossier({ brin: '01AB', vestiging: '01AB00', ...groningen }),
        dossier({ brin: '01AB', vestiging: '01AB00', woongemeente: 'GM0014', rmcRegio: null }),
        dossier({ brin: '00AH', vestiging: '00AH00', ...groningen, schooljaar: '2025-2026' }),
      ],
    },
    correlationId: 'seed',
  });
  const telDossiers = context.app.get(TelDossiers);
  tel = (org) => telDossiers.execute({ input: { schooljaar: '2026-2027' }, actor: context.claims(org, ['ops']), correlationId: 'c-1' });
});

afterAll(() => context?.close());

describe('tel dossiers (query scoping against the real database)', () => {
  it('counts everything of the schooljaar for ops, per vestiging and per RMC-regio (unknown region last)', async () => {
    expect(await tel({ type: 'ops', code: 'platform' })).toEqual({
      schooljaar: '2026-2027',
      totaal: 5,
      perSchool: [
        { brin: '00AH', vestiging: '00AH00', aantal: 1 },
        { brin: '00AH', vestiging: '00AH01', aantal: 2 },
        { brin: '01AB', vestiging: '01AB00', aantal: 2 },
      ],
      perRmcRegio: [
        { rmcRegio: 'MC03', naam: 'Centraal en Westelijk Groningen', aantal: 2 },
        { rmcRegio: 'MC07', naam: 'Noord- en Midden Drenthe', aantal: 2 },
        { rmcRegio: null, naam: null, aantal: 1 },
      ],
    });
  });

  it('gives a school its own vestigingen, an RMC its residents, a gemeente its residents, and another region nothing', async () => {
    const school = await tel({ type: 'vo-school', code: '00AH' });
    expect(school.perSchool.map((rij) => [rij.vestiging, rij.aantal])).toEqual([
      ['00AH00', 1],
      ['00AH01', 2],
    ]);
    expect(school.totaal).toBe(3);

    const rmc = await tel({ type: 'rmc-regio', code: 'MC03' });
    expect({ totaal: rmc.totaal, regios: rmc.perRmcRegio.map((rij) => rij.rmcRegio) }).toEqual({ totaal: 2, regios: ['MC03'] });

    const gemeente = await tel({ type: 'gemeente', code: 'GM0014' });
    expect({ totaal: gemeente.totaal, regios: gemeente.perRmcRegio.map((rij) => rij.rmcRegio) }).toEqual({ totaal: 3, regios: ['MC03', null] });

    expect(await tel({ type: 'rmc-regio', code: 'MC12' })).toEqual({ schooljaar: '2026-2027', totaal: 0, perSchool: [], perRmcRegio: [] });
  });

  it('refuses an mbo with a geen-toegang domain error (403 over HTTP)', async () => {
    await expect(tel({ type: 'mbo-instelling', code: '25LP' })).rejects.toThrow(DomainError);
    await expect(tel({ type: 'mbo-instelling', code: '25LP' })).rejects.toMatchObject({ kind: 'geen-toegang', code: 'auth.organisation-type' });
  });
});
