import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { JwtService } from '@nestjs/jwt';
import { DataSource } from 'typeorm';
import { forbidden, unauthorized } from '@app/common';
import { PUBLIC_KEY, ROLES_KEY, type RequestWithPrincipal } from './decorators';
import type { Principal, Rol } from './principal';

export interface AccessClaims {
  sub: string;
  gid: string;
  rol: Rol[];
  did: string | null;
  tv: number;
}

interface AccountState {
  tokenVersie: number;
  actief: boolean;
  wijkCodes: string[];
  at: number;
}

// Revocation (logout everywhere, blocked account) must bite within seconds without a query per request.
const STATE_TTL_MS = 3000;

/** Global guard: verifies the bearer token, checks it is not revoked, and enforces @Rollen. */
@Injectable()
export class AuthGuard implements CanActivate {
  private readonly cache = new Map<string, AccountState>();

  constructor(
    private readonly reflector: Reflector,
    private readonly jwt: JwtService,
    private readonly ds: DataSource,
  ) {}

  async canActivate(ctx: ExecutionContext): Promise<boolean> {
    if (ctx.getType() !== 'http') return true;
    const req = ctx.switchToHttp().getRequest<RequestWithPrincipal & { headers: Record<string, string | undefined> }>();
    const targets = [ctx.getHandler(), ctx.getClass()];
    const isPublic = this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets);
    const header = req.headers.authorization;
    if (header) req.principal = await this.principal(header);
    if (isPublic) return true;
    if (!req.principal) throw unauthorized();
    const rollen = this.reflector.getAllAndOverride<Rol[] | undefined>(ROLES_KEY, targets);
    if (rollen && !req.principal.rollen.some((r) => rollen.includes(r))) throw forbidden();
    return true;
  }

  private async principal(header: string): Promise<Principal> {
    const m = /^Bearer ([\w-]+\.[\w-]+\.[\w-]+)$/.exec(header);
    if (!m) throw unauthorized('Ongeldige Authorization-header');
    let claims: AccessClaims;
    try {
      claims = await this.jwt.verifyAsync<AccessClaims>(m[1], { algorithms: ['HS256'] });
    } catch {
      throw unauthorized('Uw sessie is verlopen of ongeldig. Log opnieuw in.');
    }
    const state = await this.state(claims.sub);
    if (!state || !state.actief || state.tokenVersie !== claims.tv) throw unauthorized('Uw sessie is beëindigd. Log opnieuw in.');
    return { accountId: claims.sub, gemeenteId: claims.gid, rollen: claims.rol, deelnemerId: claims.did, wijkCodes: state.wijkCodes };
  }

  private async state(accountId: string): Promise<AccountState | undefined> {
    const hit = this.cache.get(accountId);
    if (hit && Date.now() - hit.at < STATE_TTL_MS) return hit;
    const rows: { token_versie: number; actief: boolean; wijk_codes: string[] | null }[] = await this.ds.query(
      `SELECT a.token_versie, a.actief,
              (SELECT array_agg(DISTINCT w) FROM account_werkgebieden aw JOIN werkgebieden g ON g.id = aw.werkgebied_id, unnest(g.wijk_codes) w
                WHERE aw.account_id = a.id) AS wijk_codes
         FROM accounts a WHERE a.id = $1`,
      [accountId],
    );
    if (!rows.length) return undefined;
    const s = { tokenVersie: rows[0].token_versie, actief: rows[0].actief, wijkCodes: rows[0].wijk_codes ?? [], at: Date.now() };
    if (this.cache.size > 10_000) this.cache.clear();
    this.cache.set(accountId, s);
    return s;
  }

  /** Forget cached state (after logout or a role change in this process). */
  forget(accountId: string): void {
    this.cache.delete(accountId);
  }
}
