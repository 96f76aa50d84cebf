import { join } from 'node:path';
import { NodeProcess } from './node-process';
import { waitFor } from './wait-for';

/**
 * The local OpenID provider (dist/apps/oidc) as a child process on its own port, with the demo users of
 * infra/demo/demo-gebruikers.json; `env` adds or overrides settings (OIDC_GENERATED_USERS, OIDC_KEYS_FILE, …).
 */
export class OidcProviderUnderTest {
  readonly process: NodeProcess;

  constructor(
    readonly port: number,
    repoRoot: string,
    env: NodeJS.ProcessEnv,
    logFile: string,
  ) {
    this.process = new NodeProcess(
      join(repoRoot, 'dist/apps/oidc/src/main.js'),
      {
        NODE_ENV: 'test',
        PORT: String(port),
        OIDC_ISSUER: `http://127.0.0.1:${port}`,
        DEMO_GEBRUIKERS: join(repoRoot, 'infra/demo/demo-gebruikers.json'),
        LOG_LEVEL: 'info',
        ...env,
      },
      logFile,
    );
  }

  /** The issuer: what tokens carry as `iss` and services take as AUTH_ISSUER. */
  get issuer(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  /** The settings a service verifies this provider's tokens with. */
  get authEnv(): { AUTH_ISSUER: string; AUTH_AUDIENCE: string; AUTH_JWKS_URL: string } {
    return { AUTH_ISSUER: this.issuer, AUTH_AUDIENCE: 'sluitend', AUTH_JWKS_URL: `${this.issuer}/jwks` };
  }

  /** The same, as libs/auth's verifier configuration (without the environment). */
  authEnvAsConfig(): { issuer: string; audience: string; jwksUrl: string } {
    return { issuer: this.issuer, audience: 'sluitend', jwksUrl: `${this.issuer}/jwks` };
  }

  async start(): Promise<void> {
    this.process.start();
    await waitFor(
      'oidc /health',
      async () => {
        if (!this.process.running) throw new Error('the OpenID provider exited while starting');
        return (await fetch(`${this.issuer}/health`)).ok;
      },
      30_000,
      100,
    );
  }

  stop(): Promise<void> {
    return this.process.kill('SIGTERM');
  }
}
