import { loadConfig } from '@sluitend/platform';
import { overstapEnvSchema } from './overstap-env';

const base = {
  NODE_ENV: 'test',
  DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/sluitend',
  KAFKA_BROKERS: '127.0.0.1:9092',
  AUTH_ISSUER: 'http://127.0.0.1:3109',
  AUTH_JWKS_URL: 'http://127.0.0.1:3109/jwks',
  PSEUDONYM_KEY: Buffer.alloc(32, 1).toString('base64'),
  BSN_ENCRYPTION_KEY: Buffer.alloc(32, 2).toString('base64'),
};

describe('VROEGE_WAARSCHUWINGEN at boot', () => {
  it('takes dates that exist every year, before 1 April', () => {
    expect(loadConfig(overstapEnvSchema, { ...base, VROEGE_WAARSCHUWINGEN: '01-31,02-28,03-15' }).VROEGE_WAARSCHUWINGEN).toEqual([
      '01-31',
      '02-28',
      '03-15',
    ]);
    expect(loadConfig(overstapEnvSchema, { ...base, VROEGE_WAARSCHUWINGEN: '' }).VROEGE_WAARSCHUWINGEN).toEqual([]);
  });

  it.each(['02-30', '03-39', '02-29', '01-00', '04-01'])('refuses %s so the service does not boot', (datum) => {
    expect(() => loadConfig(overstapEnvSchema, { ...base, VROEGE_WAARSCHUWINGEN: `03-01,${datum}` })).toThrow(/VROEGE_WAARSCHUWINGEN/);
  });
});
