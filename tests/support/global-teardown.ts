import type { TestTokenIssuer } from '../../libs/testing/src/auth/test-token-issuer';
// jest loads globalTeardown outside its module map, so the @sluitend/testing alias does not resolve here.
import { stopInfrastructure } from '../../libs/testing/src/harness/infrastructure';
import { ISSUER_HANDLE } from './global-setup';

/** Stops the run's token issuer that the global setup started, and the containers it started, if any. */
export default async function globalTeardown(): Promise<void> {
  await (globalThis as Record<symbol, TestTokenIssuer | undefined>)[ISSUER_HANDLE]?.close();
  await stopInfrastructure();
}
