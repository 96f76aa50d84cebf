import { claimAt, DEFAULT_CLAIMS_MAPPING, mapClaims } from './claims-mapping';

describe('claimAt', () => {
  const payload = { 'https://sluitend.nl/org': 'gemeente:GM0014', realm_access: { roles: ['a'] }, 'a.b': 1, a: { b: 2 } };

  it('takes a claim by its full name first (also a URL-like name), then by dotted path', () => {
    expect(claimAt(payload, 'https://sluitend.nl/org')).toBe('gemeente:GM0014');
    expect(claimAt(payload, 'realm_access.roles')).toEqual(['a']);
    expect(claimAt(payload, 'a.b')).toBe(1);
  });

  it('is undefined for a missing claim or a path through a non-object', () => {
    expect(claimAt(payload, 'realm_access.roles.length')).toBeUndefined();
    expect(claimAt(payload, 'nergens')).toBeUndefined();
    expect(claimAt(payload, 'realm_access.toString')).toBeUndefined();
  });
});

describe('mapClaims', () => {
  it('passes Sluitend claims through unchanged by default', () => {
    const claims = { sub: 'u', name: 'N', org: { type: 'ops', code: 'platform' }, roles: ['ops'] };
    expect(mapClaims({ ...claims, iss: 'x' })).toEqual(claims);
  });

  it('splits a "type:code" organisation and a space-separated role string', () => {
    expect(mapClaims({ sub: 'u', name: 'N', org: 'rmc-regio:MC03', roles: 'trajectbegeleider rmc-coordinator' }, DEFAULT_CLAIMS_MAPPING)).toEqual({
      sub: 'u',
      name: 'N',
      org: { type: 'rmc-regio', code: 'MC03' },
      roles: ['trajectbegeleider', 'rmc-coordinator'],
    });
  });

  it('keeps only the roles with the prefix, without it', () => {
    const mapping = { ...DEFAULT_CLAIMS_MAPPING, roles: 'groups', rolePrefix: 'Sluitend.' };
    expect(mapClaims({ groups: ['Sluitend.intaker', 'Medewerkers', 42] }, mapping).roles).toEqual(['intaker']);
  });
});
