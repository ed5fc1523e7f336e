import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { DataSource, type EntityManager } from 'typeorm';
import { conflict, controleerTegenDummy, controleerWachtwoord, hashWachtwoord, Problem, unauthorized, unprocessable } from '@app/common';
import { InjectConfig, PASSWORD_PROBLEM_TEXT, passwordProblem, type AppConfig } from '@app/config';
import { publishEvents } from '@app/persistence';
import type { AccessClaims } from './auth.guard';
import type { Rol } from './principal';

const MAX_POGINGEN = 10;
const BLOKKEER_MINUTEN = 15;

export interface AccountView {
  id: string;
  email: string;
  naam: string | null;
  rollen: Rol[];
  deelnemerId: string | null;
  gemeenteId: string;
}

export interface Tokens {
  accessToken: string;
  refreshToken: string;
  expiresIn: number;
  account: AccountView;
}

interface AccountRow {
  id: string;
  gemeente_id: string;
  email: string;
  naam: string | null;
  wachtwoord_hash: string;
  rollen: Rol[];
  deelnemer_id: string | null;
  mislukte_pogingen: number;
  geblokkeerd_tot: Date | null;
  token_versie: number;
  actief: boolean;
}

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

export function assertWachtwoord(wachtwoord: string, field = 'wachtwoord'): void {
  const problem = passwordProblem(wachtwoord);
  if (problem) throw unprocessable(field, `het wachtwoord ${PASSWORD_PROBLEM_TEXT.nl[problem]}`, 'zwak-wachtwoord');
}

@Injectable()
export class AuthService implements OnApplicationBootstrap {
  private readonly logger = new Logger(AuthService.name);

  constructor(
    private readonly ds: DataSource,
    private readonly jwt: JwtService,
    @InjectConfig() private readonly config: AppConfig,
  ) {}

  /** ADMIN_EMAIL/ADMIN_PASSWORD ensure a beheerder of the first gemeente (idempotent across instances). */
  async onApplicationBootstrap(): Promise<void> {
    const { adminEmail, adminPassword } = this.config;
    if (!adminEmail || !adminPassword) return;
    const existing = await this.ds.query(`SELECT id FROM accounts WHERE lower(email) = $1`, [adminEmail]);
    if (existing.length) return;
    const [g] = await this.ds.query(`SELECT id FROM gemeenten ORDER BY created_at, code LIMIT 1`);
    if (!g) return;
    await this.ds.query(
      `INSERT INTO accounts (gemeente_id, email, wachtwoord_hash, rollen, naam) VALUES ($1, $2, $3, '{beheerder}', 'Beheerder')
       ON CONFLICT (lower(email)) DO NOTHING`,
      [g.id, adminEmail, await hashWachtwoord(adminPassword)],
    );
    this.logger.log('ensured the beheerder account from ADMIN_EMAIL');
  }

  async login(email: string, wachtwoord: string): Promise<Tokens> {
    const [a] = (await this.ds.query(`SELECT * FROM accounts WHERE lower(email) = lower($1)`, [email])) as AccountRow[];
    if (!a) {
      await controleerTegenDummy(wachtwoord);
      throw unauthorized('E-mailadres of wachtwoord klopt niet');
    }
    if (a.geblokkeerd_tot && a.geblokkeerd_tot > new Date()) {
      throw new Problem(
        429,
        'account-geblokkeerd',
        `Te vaak een verkeerd wachtwoord. Probeer het na ${a.geblokkeerd_tot.toISOString()} opnieuw of vraag een nieuw wachtwoord aan.`,
      );
    }
    if (!(await controleerWachtwoord(a.wachtwoord_hash, wachtwoord)) || !a.actief) {
      await this.ds.query(
        `UPDATE accounts SET mislukte_pogingen = mislukte_pogingen + 1,
                geblokkeerd_tot = CASE WHEN mislukte_pogingen + 1 >= $2 THEN now() + make_interval(mins => $3) ELSE geblokkeerd_tot END
          WHERE id = $1`,
        [a.id, MAX_POGINGEN, BLOKKEER_MINUTEN],
      );
      throw unauthorized('E-mailadres of wachtwoord klopt niet');
    }
    await this.ds.query(`UPDATE accounts SET mislukte_pogingen = 0, geblokkeerd_tot = NULL, laatst_ingelogd = now() WHERE id = $1`, [a.id]);
    return this.issue(this.ds.manager, a, randomUUID());
  }

  /** Rotates the refresh token; a reused (already rotated) token revokes its whole family (theft). */
  async refresh(refreshToken: string): Promise<Tokens> {
    return this.ds.transaction(async (m) => {
      const [t] = await m.query(`SELECT * FROM refresh_tokens WHERE token_hash = $1 FOR UPDATE`, [sha256(refreshToken)]);
      if (!t || t.ingetrokken_op || t.verloopt_op < new Date()) throw unauthorized('Uw sessie is verlopen. Log opnieuw in.');
      if (t.gebruikt_op) {
        await m.query(`UPDATE refresh_tokens SET ingetrokken_op = now() WHERE familie = $1 AND ingetrokken_op IS NULL`, [t.familie]);
        throw unauthorized('Deze sessie is al vernieuwd; uit voorzorg bent u overal uitgelogd.');
      }
      await m.query(`UPDATE refresh_tokens SET gebruikt_op = now() WHERE id = $1`, [t.id]);
      const [a] = (await m.query(`SELECT * FROM accounts WHERE id = $1`, [t.account_id])) as AccountRow[];
      if (!a?.actief) throw unauthorized();
      return this.issue(m, a, t.familie);
    });
  }

  /** With a refresh token: end that session. Without: end every session of the account (token version bump). */
  async logout(accountId: string, refreshToken?: string): Promise<void> {
    if (refreshToken) {
      await this.ds.query(
        `UPDATE refresh_tokens SET ingetrokken_op = now() WHERE familie = (SELECT familie FROM refresh_tokens WHERE token_hash = $1 AND account_id = $2)`,
        [sha256(refreshToken), accountId],
      );
      return;
    }
    await this.ds.transaction(async (m) => {
      await m.query(`UPDATE accounts SET token_versie = token_versie + 1 WHERE id = $1`, [accountId]);
      await m.query(`UPDATE refresh_tokens SET ingetrokken_op = now() WHERE account_id = $1 AND ingetrokken_op IS NULL`, [accountId]);
    });
  }

  async me(accountId: string): Promise<AccountView> {
    const [a] = (await this.ds.query(`SELECT * FROM accounts WHERE id = $1`, [accountId])) as AccountRow[];
    if (!a) throw unauthorized();
    return view(a);
  }

  /** Always answers the same, whether the e-mail exists or not; the mail goes out through the outbox. */
  async wachtwoordVergeten(email: string): Promise<void> {
    await this.ds.transaction(async (m) => {
      const [a] = await m.query(`SELECT id FROM accounts WHERE lower(email) = lower($1) AND actief`, [email]);
      if (!a) return;
      const token = randomBytes(32).toString('base64url');
      await m.query(`INSERT INTO wachtwoord_herstel (token_hash, account_id, verloopt_op) VALUES ($1, $2, now() + interval '1 hour')`, [sha256(token), a.id]);
      // the token itself travels only in the job payload to the mail channel, never in logs
      await publishEvents(m, [{ type: 'account.wachtwoord-herstel', aggregateId: a.id, payload: { token } }]);
    });
  }

  async wachtwoordHerstellen(token: string, wachtwoord: string): Promise<void> {
    assertWachtwoord(wachtwoord);
    const hashed = await hashWachtwoord(wachtwoord);
    await this.ds.transaction(async (m) => {
      const [r] = await m.query(`SELECT * FROM wachtwoord_herstel WHERE token_hash = $1 FOR UPDATE`, [sha256(token)]);
      if (!r || r.gebruikt_op || r.verloopt_op < new Date())
        throw unprocessable('token', 'deze herstellink is verlopen of al gebruikt', 'ongeldige-herstellink');
      await m.query(`UPDATE wachtwoord_herstel SET gebruikt_op = now() WHERE token_hash = $1`, [sha256(token)]);
      await m.query(`UPDATE accounts SET wachtwoord_hash = $2, token_versie = token_versie + 1, mislukte_pogingen = 0, geblokkeerd_tot = NULL WHERE id = $1`, [
        r.account_id,
        hashed,
      ]);
      await m.query(`UPDATE refresh_tokens SET ingetrokken_op = now() WHERE account_id = $1 AND ingetrokken_op IS NULL`, [r.account_id]);
    });
  }

  /** Creates a login for a deelnemer (inside the caller's transaction). */
  async createAccount(
    m: EntityManager,
    a: { gemeenteId: string; email: string; wachtwoord: string; rollen: Rol[]; deelnemerId?: string | null; naam?: string | null },
  ): Promise<string> {
    assertWachtwoord(a.wachtwoord);
    const exists = await m.query(`SELECT 1 FROM accounts WHERE lower(email) = lower($1)`, [a.email]);
    if (exists.length) throw conflict('email-bestaat', 'Er is al een account met dit e-mailadres', { errors: [{ field: 'email', message: 'bestaat al' }] });
    const [row] = await m.query(
      `INSERT INTO accounts (gemeente_id, email, wachtwoord_hash, rollen, deelnemer_id, naam) VALUES ($1,$2,$3,$4,$5,$6) RETURNING id`,
      [a.gemeenteId, a.email.toLowerCase(), await hashWachtwoord(a.wachtwoord), a.rollen, a.deelnemerId ?? null, a.naam ?? null],
    );
    return row.id;
  }

  async tokensFor(accountId: string): Promise<Tokens> {
    const [a] = (await this.ds.query(`SELECT * FROM accounts WHERE id = $1`, [accountId])) as AccountRow[];
    return this.issue(this.ds.manager, a, randomUUID());
  }

  private async issue(m: EntityManager, a: AccountRow, familie: string): Promise<Tokens> {
    const claims: AccessClaims = { sub: a.id, gid: a.gemeente_id, rol: a.rollen, did: a.deelnemer_id, tv: a.token_versie };
    const accessToken = await this.jwt.signAsync(claims, { expiresIn: this.config.jwtAccessTtlSeconds, algorithm: 'HS256' });
    const refreshToken = randomBytes(32).toString('base64url');
    await m.query(`INSERT INTO refresh_tokens (account_id, familie, token_hash, verloopt_op) VALUES ($1, $2, $3, now() + make_interval(secs => $4))`, [
      a.id,
      familie,
      sha256(refreshToken),
      this.config.jwtRefreshTtlSeconds,
    ]);
    return { accessToken, refreshToken, expiresIn: this.config.jwtAccessTtlSeconds, account: view(a) };
  }
}

function view(a: AccountRow): AccountView {
  return { id: a.id, email: a.email, naam: a.naam, rollen: a.rollen, deelnemerId: a.deelnemer_id, gemeenteId: a.gemeente_id };
}
