import { ConfigError, loadConfig } from '@app/config';
import { createWorker } from './worker.factory';

async function main(): Promise<void> {
  loadConfig();
  const app = await createWorker();
  await app.init();
  process.send?.({ type: 'ready', service: 'worker' });
}

// a launcher that dies (kill -9) closes our IPC channel: do not outlive it
process.on('disconnect', () => process.kill(process.pid, 'SIGTERM'));

main().catch((e: unknown) => {
  console.error(e instanceof ConfigError ? `configuration error: ${e.message}` : e);
  process.exit(1);
});
