import 'reflect-metadata';
import { createApp } from './app.js';
import { ConfigError, loadConfig } from './config.js';
import { DatabaseUnavailableError } from './db/orm.js';
import { createLogger } from './observability/logger.js';

async function main(): Promise<void> {
  const config = loadConfig();
  const log = createLogger(config.logLevel);
  const app = await createApp(config, log);
  const url = await app.listen();
  log.info(
    { database: config.database.kind, demo: config.demo, mode: config.production ? 'production' : 'development' },
    `Heatline is serving GraphQL at ${url} (WebSocket on the same path)`,
  );
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info(`${signal}: finishing requests in flight, then stopping`);
    app.close().then(
      () => process.exit(0),
      (e: unknown) => {
        log.error({ err: e }, 'error while stopping');
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

main().catch((e: unknown) => {
  const known =
    e instanceof ConfigError ||
    e instanceof DatabaseUnavailableError ||
    (e instanceof Error && /port|listen/.test(e.message));
  console.error(`heatline: ${known ? (e as Error).message : ((e as Error).stack ?? String(e))}`);
  process.exit(1);
});
