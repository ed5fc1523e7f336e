import { Injectable } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { JwtService } from '@nestjs/jwt';
import { DataSource } from 'typeorm';
import { kamers } from '@app/notificaties';
import type { AccessClaims } from '../auth/auth.guard';
import type { Rol } from '../auth/principal';

/** A connected client: who, which rooms it may be in, and when its token expires. */
export interface SocketSessie {
  accountId: string;
  gemeenteId: string;
  rollen: Rol[];
  kamers: Set<string>;
  /** Epoch milliseconds; the socket is closed then (it reconnects with a fresh token). Absent: no `exp` claim. */
  verlooptOp?: number;
}

export class SocketAuthFout extends Error {
  constructor(readonly code: 'niet-ingelogd' | 'sessie-beeindigd') {
    super(code === 'niet-ingelogd' ? 'Uw sessie is verlopen of ongeldig. Log opnieuw in.' : 'Uw sessie is beëindigd. Log opnieuw in.');
  }
}

/**
 * Checks a socket's access token like the HTTP guard does (signature, expiry, not revoked, account active) and
 * derives its rooms: its own deelnemer; for makelaars the wijken of their werkgebieden (beheerder: all wijken of
 * the gemeente) and staff tasks; the gemeente dashboard for staff and gemeente users.
 */
@Injectable()
export class SocketAuthService {
  constructor(
    private readonly moduleRef: ModuleRef,
    private readonly ds: DataSource,
  ) {}

  /** The AuthModule's JwtService (same secret, issuer and algorithm as the HTTP guard). */
  private get jwt(): JwtService {
    return this.moduleRef.get(JwtService, { strict: false });
  }

  async sessie(token: unknown): Promise<SocketSessie> {
    if (typeof token !== 'string' || !/^[\w-]+\.[\w-]+\.[\w-]+$/.test(token)) throw new SocketAuthFout('niet-ingelogd');
    let claims: AccessClaims & { exp?: number };
    try {
      claims = await this.jwt.verifyAsync<AccessClaims & { exp?: number }>(token, { algorithms: ['HS256'] });
    } catch {
      throw new SocketAuthFout('niet-ingelogd');
    }
    const beheerder = claims.rol.includes('beheerder');
    const [a] = (await this.ds.query(
      `SELECT a.token_versie, a.actief,
              CASE WHEN $2 THEN (SELECT array_agg(code) FROM wijken WHERE gemeente_id = a.gemeente_id)
                   ELSE (SELECT array_agg(DISTINCT w) FROM account_werkgebieden aw JOIN werkgebieden g ON g.id = aw.werkgebied_id, unnest(g.wijk_codes) w
                          WHERE aw.account_id = a.id) END AS wijk_codes
         FROM accounts a WHERE a.id = $1`,
      [claims.sub, beheerder],
    )) as { token_versie: number; actief: boolean; wijk_codes: string[] | null }[];
    if (!a || !a.actief || a.token_versie !== claims.tv) throw new SocketAuthFout('sessie-beeindigd');
    const staf = beheerder || claims.rol.includes('makelaar');
    const k = new Set<string>();
    if (claims.did) k.add(kamers.deelnemer(claims.did));
    if (staf) {
      for (const w of a.wijk_codes ?? []) k.add(kamers.wijk(w));
      k.add(kamers.staf(claims.gid));
    }
    if (staf || claims.rol.includes('gemeente')) k.add(kamers.gemeente(claims.gid));
    return { accountId: claims.sub, gemeenteId: claims.gid, rollen: claims.rol, kamers: k, verlooptOp: claims.exp ? claims.exp * 1000 : undefined };
  }
}
