import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { EmbeddedPostgres, pidAlive } from './embedded-postgres';
import { freePort } from './ports';

export const EMBEDDED_DB_NAME = 'buurtkracht';

/** What a running launcher records in DATA_DIR so that tools (migrations, demo) can find its database. */
export interface RuntimeInfo {
  launcherPid: number;
  pgPort: number;
  databaseUrl: string;
  apiUrl: string;
}

export interface DataDirLayout {
  pgDir: string;
  secretsFile: string;
  runtimeFile: string;
  lockFile: string;
}

export function dataDirLayout(dataDir: string): DataDirLayout {
  return {
    pgDir: path.join(dataDir, 'pg'),
    secretsFile: path.join(dataDir, 'secrets.json'),
    runtimeFile: path.join(dataDir, 'runtime.json'),
    lockFile: path.join(dataDir, 'launcher.pid'),
  };
}

interface Secrets {
  pgPassword: string;
  jwtSecret: string;
}

/** Secrets generated on first start and kept (0600) in the data dir, so a restart keeps sessions valid. */
export function loadOrCreateSecrets(dataDir: string): Secrets {
  const { secretsFile } = dataDirLayout(dataDir);
  if (fs.existsSync(secretsFile)) return JSON.parse(fs.readFileSync(secretsFile, 'utf8')) as Secrets;
  const secrets: Secrets = { pgPassword: randomBytes(18).toString('base64url'), jwtSecret: randomBytes(48).toString('base64url') };
  fs.mkdirSync(dataDir, { recursive: true });
  fs.writeFileSync(secretsFile, JSON.stringify(secrets, null, 2), { mode: 0o600 });
  return secrets;
}

export function readRuntimeInfo(dataDir: string): RuntimeInfo | undefined {
  const { runtimeFile } = dataDirLayout(dataDir);
  if (!fs.existsSync(runtimeFile)) return undefined;
  const info = JSON.parse(fs.readFileSync(runtimeFile, 'utf8')) as RuntimeInfo;
  return pidAlive(info.launcherPid) ? info : undefined;
}

export function ownerAlive(dataDir: string): number | undefined {
  const { lockFile } = dataDirLayout(dataDir);
  if (!fs.existsSync(lockFile)) return undefined;
  const pid = Number(fs.readFileSync(lockFile, 'utf8').trim());
  return pid > 0 && pid !== process.pid && pidAlive(pid) ? pid : undefined;
}

/**
 * Opens (initialises on first use) the embedded cluster in DATA_DIR/pg and makes sure the app database
 * exists. The data dir must be traversable by the `postgres` OS user when running as root.
 */
export async function openEmbeddedDatabase(
  dataDir: string,
  say: (line: string) => void,
  pgLog?: (line: string) => void,
): Promise<{ pg: EmbeddedPostgres; url: string; created: boolean }> {
  fs.mkdirSync(dataDir, { recursive: true });
  // postgres (a different OS user when we are root) must be able to reach its folder
  fs.chmodSync(dataDir, 0o755);
  const { pgDir } = dataDirLayout(dataDir);
  const secrets = loadOrCreateSecrets(dataDir);
  const pg = new EmbeddedPostgres({ dir: pgDir, port: await freePort(), password: secrets.pgPassword, log: pgLog });
  const recovered = await pg.recover(ownerAlive(dataDir) !== undefined);
  if (recovered) say(recovered);
  const created = await pg.initialise();
  if (created) say(`created a new PostgreSQL 15 cluster in ${pgDir}`);
  await pg.start();
  await pg.ensureDatabase(EMBEDDED_DB_NAME);
  return { pg, url: pg.url(EMBEDDED_DB_NAME), created };
}
