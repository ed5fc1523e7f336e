import { createParamDecorator, SetMetadata, type ExecutionContext } from '@nestjs/common';
import { unauthorized } from '@app/common';
import type { Principal, Rol } from './principal';

export const PUBLIC_KEY = 'bk:public';
export const ROLES_KEY = 'bk:rollen';
export const LOGIN_THROTTLE = 'bk:login-throttle';

/** No login needed (a valid token is still read, so public pages can personalise). */
export const Public = () => SetMetadata(PUBLIC_KEY, true);
/** Limits attempts per client IP (LOGIN_RATE_LIMIT a minute): login, token refresh, password reset. */
export const LoginThrottle = () => SetMetadata(LOGIN_THROTTLE, true);
/** Only these roles; everything else answers 403. */
export const Rollen = (...rollen: Rol[]) => SetMetadata(ROLES_KEY, rollen);

export type RequestWithPrincipal = { principal?: Principal };

/** The logged-in caller; throws 401 on a public route called without a token. */
export const Caller = createParamDecorator((_data: unknown, ctx: ExecutionContext): Principal => {
  const p = ctx.switchToHttp().getRequest<RequestWithPrincipal>().principal;
  if (!p) throw unauthorized();
  return p;
});

/** The caller when logged in, else undefined (public routes). */
export const OptionalCaller = createParamDecorator((_data: unknown, ctx: ExecutionContext): Principal | undefined => {
  return ctx.switchToHttp().getRequest<RequestWithPrincipal>().principal;
});
