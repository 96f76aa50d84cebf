import type { Claims } from '@sluitend/auth';
import { magBeslissen, OverdrachtFeiten, overdrachtVoor, positieBijOverdracht } from './overdracht';

const claims = (type: Claims['org']['type'], code: string): Claims => ({ sub: 'u', name: 'U', org: { type, code }, roles: ['schooladministratie'] });
const overdracht: OverdrachtFeiten = {
  id: '00000000-0000-4000-8000-000000000001',
  status: 'aangevraagd',
  naarBrin: '01AB',
  naarVestiging: '01AB00',
  aangevraagdOp: new Date('2026-03-01T10:00:00Z'),
  beslotenOp: null,
  reden: null,
  dossier: { id: '00000000-0000-4000-8000-000000000002', schooljaar: '2025-2026', brin: '00AH', vestiging: '00AH00', rmcRegio: 'MC01' },
};

describe('overdracht rules', () => {
  it('places each caller: holder, requester, the RMC of the region, ops, or nobody', () => {
    expect(positieBijOverdracht(claims('vo-school', '00AH'), overdracht)).toBe('houder');
    expect(positieBijOverdracht(claims('vo-school', '01AB'), overdracht)).toBe('aanvrager');
    expect(positieBijOverdracht(claims('vo-school', '02CD'), overdracht)).toBe('geen');
    expect(positieBijOverdracht(claims('rmc-regio', 'MC01'), overdracht)).toBe('rmc');
    expect(positieBijOverdracht(claims('rmc-regio', 'MC02'), overdracht)).toBe('geen');
    expect(positieBijOverdracht(claims('mbo-instelling', '00AH'), overdracht)).toBe('geen');
    expect(positieBijOverdracht(claims('ops', 'platform'), overdracht)).toBe('ops');
  });

  it('lets the holder and the RMC decide, ops only by override, never the requester', () => {
    expect(magBeslissen('houder', false)).toBe(true);
    expect(magBeslissen('rmc', false)).toBe(true);
    expect(magBeslissen('aanvrager', false)).toBe(false);
    expect(magBeslissen('ops', false)).toBe(false);
    expect(magBeslissen('ops', true)).toBe(true);
    expect(magBeslissen('houder', true)).toBe(false);
  });

  it('shows the requester neither the holding school nor the dossier id', () => {
    expect(overdrachtVoor('aanvrager', overdracht)).toMatchObject({ van: null, dossierId: null, naar: { brin: '01AB' }, status: 'aangevraagd' });
    expect(overdrachtVoor('houder', overdracht)).toMatchObject({ van: { brin: '00AH', vestiging: '00AH00' }, dossierId: overdracht.dossier.id });
  });
});
