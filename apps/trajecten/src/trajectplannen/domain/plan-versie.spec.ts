import { eisActueleVersie, planEtag, versieUitIfMatch } from './plan-versie';

describe('optimistic locking of a trajectplan', () => {
  it('a stale version is a verouderd DomainError (412)', () => {
    expect(() => eisActueleVersie(4, 4)).not.toThrow();
    expect(() => eisActueleVersie(5, 4)).toThrow(
      expect.objectContaining({ kind: 'verouderd', code: 'trajectplan.verouderd', details: { huidigeVersie: 5, verwachteVersie: 4 } }),
    );
  });

  it('the ETag round-trips through If-Match', () => {
    expect(planEtag(7)).toBe('"7"');
    expect(versieUitIfMatch(planEtag(7))).toBe(7);
    expect(versieUitIfMatch(' "12" ')).toBe(12);
  });

  it('If-Match is required (428) and names one strong version (else 400)', () => {
    for (const header of [undefined, '', '  ']) {
      expect(() => versieUitIfMatch(header)).toThrow(
        expect.objectContaining({
          kind: 'versie-vereist',
          code: 'trajectplan.if-match-vereist',
          issues: [expect.objectContaining({ rule: 'if-match.verplicht' })],
        }),
      );
    }
    for (const header of ['*', 'W/"7"', '"7", "8"', '7', '"0"', '"abc"']) {
      expect(() => versieUitIfMatch(header)).toThrow(
        expect.objectContaining({
          kind: 'ongeldig',
          code: 'trajectplan.if-match-ongeldig',
          issues: [expect.objectContaining({ field: 'If-Match', rule: 'if-match.vorm' })],
        }),
      );
    }
  });
});
