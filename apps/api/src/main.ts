import { ConfigError, loadConfig } from '@app/config';
import { createApiApp } from './app.factory';

async function main(): Promise<void> {
  const config = loadConfig();
  const app = await createApiApp();
  await app.listen(config.port, config.host);
  process.send?.({ type: 'ready', service: 'api', port: config.port });
}

// a launcher that dies (kill -9) closes our IPC channel: do not outlive it
process.on('disconnect', () => process.kill(process.pid, 'SIGTERM'));

main().catch((e: unknown) => {
  console.error(e instanceof ConfigError ? `configuration error: ${e.message}` : e);
  process.exit(1);
});
