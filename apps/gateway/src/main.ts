import { loadGatewayConfig } from './config';
import { createGateway } from './gateway';

/** The portal's gateway: `./sluitend up` starts it on SLUITEND_PORT_BASE (see gateway.ts). */
async function main(): Promise<void> {
  const config = loadGatewayConfig();
  const app = await createGateway(config);
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.once(signal, () => {
      void app.close().then(() => process.exit(0));
    });
  }
  await app.listen({ host: config.host, port: config.port });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
