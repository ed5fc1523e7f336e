import { forbidden } from '@app/common';
import type { Principal } from '../auth/principal';
import type { Gemeente, TenantService } from '../tenancy/tenant.service';

/** The caller's own gemeente; naming any other (by code or id) is refused, whatever the role. */
export async function eigenGemeente(tenants: TenantService, p: Principal, gevraagd?: string): Promise<Gemeente> {
  const g = await tenants.byId(p.gemeenteId);
  if (gevraagd && gevraagd !== g.code && gevraagd !== g.id) throw forbidden('U ziet alleen de cijfers van uw eigen gemeente');
  return g;
}
