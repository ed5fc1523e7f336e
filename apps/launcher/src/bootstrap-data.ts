import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Client } from 'pg';
import type { AppConfig } from '@app/config';

export interface Bootstrap {
  /** Lines for the start banner. */
  hints: string[];
  /** Extra environment for the api (the first beheerder it must create). */
  env: Record<string, string>;
  /** A beheerder login we know (from ADMIN_* or the first-login file), for the demo loader. */
  login?: { email: string; password: string };
}

const FIRST_LOGIN_FILE = 'eerste-login.txt';

/**
 * A fresh installation without ADMIN_EMAIL gets a generated first beheerder, so a new user can log in at once.
 * The password is printed once and kept (0600) in DATA_DIR/eerste-login.txt until the beheerder changes it.
 */
export async function bootstrapData(databaseUrl: string, config: AppConfig): Promise<Bootstrap> {
  if (config.adminEmail && config.adminPassword) {
    return {
      hints: [`log in as ${config.adminEmail} with the password from ADMIN_PASSWORD`],
      env: {},
      login: { email: config.adminEmail, password: config.adminPassword },
    };
  }
  const file = path.join(config.dataDir, FIRST_LOGIN_FILE);
  const db = new Client({ connectionString: databaseUrl });
  db.on('error', () => undefined);
  await db.connect();
  try {
    const { rows } = await db.query(`SELECT 1 FROM accounts WHERE 'beheerder' = ANY(rollen) LIMIT 1`);
    if (rows.length) {
      const saved = fs.existsSync(file) ? fs.readFileSync(file, 'utf8').match(/e-mail: (.+)\nwachtwoord: (.+)\n/) : null;
      return {
        hints: saved ? [`first login: see ${file}`] : ['log in with your beheerder account (or run `npm run demo` for demo logins)'],
        env: {},
        login: saved ? { email: saved[1], password: saved[2] } : undefined,
      };
    }
  } finally {
    await db.end();
  }
  const email = 'beheer@buurtkracht.local';
  const password = randomBytes(12).toString('base64url');
  fs.mkdirSync(config.dataDir, { recursive: true });
  fs.writeFileSync(file, `e-mail: ${email}\nwachtwoord: ${password}\n`, { mode: 0o600 });
  return {
    hints: [`first login: ${email} / ${password}   (also in ${file}; set ADMIN_EMAIL/ADMIN_PASSWORD to choose your own)`],
    env: { ADMIN_EMAIL: email, ADMIN_PASSWORD: password },
    login: { email, password },
  };
}
