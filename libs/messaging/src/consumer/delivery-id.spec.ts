import { inboxIdOf } from './delivery-id';

const where = { topic: 't.overstap.events', partition: 2, offset: '41' };

describe('inboxIdOf', () => {
  it("uses the envelope's own id when it is a UUID", () => {
    expect(inboxIdOf({ id: '0B9C6C1E-7D3A-4F7E-9C1B-2A3D4E5F6A7B' }, where)).toBe('0b9c6c1e-7d3a-4f7e-9c1b-2a3d4e5f6a7b');
  });

  it('derives a stable UUID from the record position for anything else', () => {
    const derived = inboxIdOf('not json', where);
    expect(derived).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(inboxIdOf({ id: 'kapot' }, where)).toBe(derived);
    expect(inboxIdOf(null, where)).toBe(derived);
    expect(inboxIdOf(null, { ...where, offset: '42' })).not.toBe(derived);
  });
});
