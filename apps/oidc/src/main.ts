import { randomBytes } from 'node:crypto';
import pino from 'pino';
import { leesDemoGebruikers } from '@sluitend/auth';
import { Accounts } from './accounts';
import { loadOidcConfig } from './config';
import { InteractionHttp } from './interactions/interaction.http';
import { createProvider } from './provider';
import { createOidcServer } from './server';
import { loadSigningKeys } from './signing-keys';

/** The local OpenID provider for development, demo and tests (`./sluitend up` runs it; README "Inloggen"). */
async function main(): Promise<void> {
  const config = loadOidcConfig();
  const logger = pino({ level: config.logLevel, base: { service: 'oidc' } });
  const accounts = new Accounts(leesDemoGebruikers(config.demoGebruikersBestand), config.generatedUsers);
  const keys = await loadSigningKeys(config.keysFile);
  const provider = createProvider(config, accounts, keys, [randomBytes(32).toString('base64url')]);
  provider.on('server_error', (_ctx, error) => logger.error({ err: error }, 'provider error'));
  provider.on('grant.error', (_ctx, error) => logger.warn({ error: (error as Error).message }, 'token request refused'));
  provider.on('authorization.error', (_ctx, error) => logger.warn({ error: (error as Error).message }, 'authorization request refused'));
  const server = createOidcServer(provider, new InteractionHttp(provider, accounts, logger));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, config.host, resolve);
  });
  logger.info(
    { issuer: config.issuer, demoGebruikers: accounts.gebruikers.length, generatedUsers: config.generatedUsers, keys: keys.map((key) => key.kid) },
    'OpenID provider ready',
  );
  const stop = () => {
    server.close(() => process.exit(0));
    server.closeAllConnections();
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}

main().catch((error: unknown) => {
  process.stderr.write(`oidc failed to start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
