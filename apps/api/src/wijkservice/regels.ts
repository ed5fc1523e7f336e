import type { EntityManager } from 'typeorm';
import { conflict, Problem } from '@app/common';
import type { Uitsluiting } from '@app/matching';
import type { AuditService } from '../audit/audit.service';
import type { Principal } from '../auth/principal';

/** Rules a makelaar may knowingly override with a reason. The participant's own limits (WIJKSERVICE_GRENS) never. */
export const OVERRIDEBAAR = new Set(['WIJKSERVICE_VERDRINGING', 'WIJKSERVICE_CATEGORIE_NIET_OPEN']);
export const MIN_REDEN = 10;

export const GEMARKEERD_BETAALD_WERK: Uitsluiting = {
  code: 'WIJKSERVICE_VERDRINGING',
  zin: 'deze hulpvraag is gemarkeerd als normaal betaald werk en gaat niet via Wijkservice',
};

export interface Paar {
  hulpvraagId: string;
  aanbodId: string;
  via: 'zelf' | 'makelaar';
  cascade: boolean;
  overrideReden?: string;
}

export interface Bezwaren {
  wijkservice: boolean;
  regels: Uitsluiting[];
  /** The engine found the participant's agreed hours (or a ended agreement) exceeded. */
  bovenAfspraak: boolean;
}

/** The Wijkservice objections to a pair: the engine's, plus a paid-work mark on the request itself. */
export async function bezwaren(m: EntityManager, paar: Pick<Paar, 'hulpvraagId' | 'aanbodId'>, excludedBy: readonly Uitsluiting[]): Promise<Bezwaren> {
  const [r] = await m.query(
    `SELECT a.soort, EXISTS (SELECT 1 FROM betaald_werk_markeringen b WHERE b.hulpvraag_id = $2) AS gemarkeerd FROM aanbod a WHERE a.id = $1`,
    [paar.aanbodId, paar.hulpvraagId],
  );
  if (r?.soort !== 'wijkservice') return { wijkservice: false, regels: [], bovenAfspraak: false };
  const regels = excludedBy.filter((u) => u.code.startsWith('WIJKSERVICE'));
  if (r.gemarkeerd && !regels.some((u) => u.code === 'WIJKSERVICE_VERDRINGING')) regels.unshift(GEMARKEERD_BETAALD_WERK);
  return { wijkservice: true, regels, bovenAfspraak: excludedBy.some((u) => u.code === 'MAX_UREN_BEREIKT') };
}

/**
 * What may happen with this pair: nothing to decide, an override to record, or a refusal. Residents and
 * volunteers get a refusal that does not say why: naming Wijkservice would reveal the helper is on benefits.
 */
export function besluit(staff: boolean, paar: Paar, b: Bezwaren): { override?: Uitsluiting[]; weigering?: Problem } {
  if (!b.wijkservice || (!b.regels.length && !b.bovenAfspraak)) return {};
  if (!staff) return { weigering: conflict('helper-past-niet', 'Deze helper kan niet bij deze hulpvraag helpen. Kies een andere helper.') };
  if (b.bovenAfspraak) {
    const message = 'de deelnemer zou boven de afgesproken uren per week komen (of de afspraak loopt niet meer)';
    return { weigering: new Problem(422, 'boven-afspraak', `aanbodId: ${message}`, { errors: [{ field: 'aanbodId', message }] }) };
  }
  if (!b.regels.length) return {};
  const kanOverride = paar.via === 'makelaar' && !paar.cascade && b.regels.every((u) => OVERRIDEBAAR.has(u.code));
  if (kanOverride && (paar.overrideReden?.trim().length ?? 0) >= MIN_REDEN) return { override: b.regels };
  const hint = kanOverride ? ` Wilt u toch koppelen? Geef een reden (overrideReden, minstens ${MIN_REDEN} tekens) via POST /api/v1/wijkservice/matches.` : '';
  return {
    weigering: conflict('regel-overtreden', `${b.regels.map((u) => u.zin).join('; ')}.${hint}`, { regels: b.regels.map((u) => u.code) }),
  };
}

/** A refusal is audited on its own connection: the transaction that throws it rolls back. */
export async function weiger(
  audit: AuditService,
  p: Principal,
  objectType: string,
  objectId: string | null,
  deelnemerId: string | null,
  w: Problem,
): Promise<never> {
  await audit.record(p, 'wijzigen', objectType, objectId, deelnemerId, { geweigerd: w.code, regels: w.extensions.regels ?? null });
  throw w;
}

/** Records an override with its reason (the table feeds the gemeente's aggregate report). */
export async function legOverrideVast(
  m: EntityManager,
  audit: AuditService,
  p: Principal,
  doel: { matchId?: string; groepstaakId?: string; deelnemerId: string | null },
  regels: readonly Uitsluiting[],
  reden: string,
): Promise<void> {
  const codes = regels.map((u) => u.code);
  await m.query(`INSERT INTO wijkservice_overrides (gemeente_id, regels, reden, match_id, groepstaak_id, deelnemer_id, door) VALUES ($1,$2,$3,$4,$5,$6,$7)`, [
    p.gemeenteId,
    codes,
    reden.trim(),
    doel.matchId ?? null,
    doel.groepstaakId ?? null,
    doel.deelnemerId,
    p.accountId,
  ]);
  // the reason may hold personal details: it stays in the overrides table, the audit row holds the codes
  await audit.record(p, 'aanmaken', 'wijkservice-override', doel.matchId ?? doel.groepstaakId ?? null, doel.deelnemerId, { regels: codes }, m);
}
