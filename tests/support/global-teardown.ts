import type { TestTokenIssuer } from '../../libs/testing/src/auth/test-token-issuer';
import { ISSUER_HANDLE } from './global-setup';

/** Stops the run's token issuer that the global setup started. */
export default async function globalTeardown(): Promise<void> {
  await (globalThis as Record<symbol, TestTokenIssuer | undefined>)[ISSUER_HANDLE]?.close();
}
