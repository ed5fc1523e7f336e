import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { apply, instellingSql, matchMachine, STANDAARD_INSTELLINGEN, type InstellingNaam, type MatchActie, type MatchStatus } from '@app/domain';
import { publishEvents } from '@app/persistence';

export interface MatchRow {
  id: string;
  gemeente_id: string;
  hulpvraag_id: string;
  aanbod_id: string;
  helper_id: string;
  bewoner_id: string;
  wijk_code: string;
  categorie: string;
  gemaakt_via: 'zelf' | 'makelaar' | 'systeem';
  status: MatchStatus;
  score: string | null;
  redenen: string[];
  cascade_id: string | null;
  cascade_positie: number | null;
  aangeboden_op: Date | null;
  verloopt_op: Date | null;
  geaccepteerd_op: Date | null;
  bevestigd_op: Date | null;
  gestart_op: Date | null;
  afgerond_op: Date | null;
  geannuleerd_door: string | null;
  annuleer_reden: string | null;
  niet_verschenen: string | null;
  created_at: Date;
}

/** One of the gemeente's service-level terms (libs/domain instellingen), its default when not set. */
export async function gemeenteInstelling(m: EntityManager, gemeenteId: string, naam: InstellingNaam): Promise<number> {
  const [g] = await m.query(`SELECT ${instellingSql(naam)} AS waarde FROM gemeenten g WHERE g.id = $1`, [gemeenteId]);
  return g?.waarde ?? STANDAARD_INSTELLINGEN[naam];
}

/**
 * The parts of the match lifecycle that both the api (people acting) and the worker (offer expiry, cascade)
 * run. Every method takes the caller's transaction; events go through the outbox in that same transaction.
 */
@Injectable()
export class MatchWorkflow {
  constructor(private readonly ds: DataSource) {}

  /** Hours a helper has to accept an offer: the gemeente's aanbodUren. */
  aanbodUren(m: EntityManager, gemeenteId: string): Promise<number> {
    return gemeenteInstelling(m, gemeenteId, 'aanbodUren');
  }

  /** Offers proposed matches to their helpers: aangeboden until the offer expires (a delayed job then acts). */
  async bied(m: EntityManager, matchIds: string[], uren: number, nu = new Date()): Promise<void> {
    if (!matchIds.length) return;
    const verlooptOp = new Date(nu.getTime() + uren * 3600_000);
    const [rows]: [MatchRow[], number] = await m.query(
      `UPDATE matches SET status = 'aangeboden', aangeboden_op = $2, verloopt_op = $3, updated_at = now()
        WHERE id = ANY($1) AND status = 'voorgesteld' RETURNING *`,
      [matchIds, nu, verlooptOp],
    );
    await publishEvents(
      m,
      rows.map((r) => ({ type: 'match.aangeboden', aggregateId: r.id, payload: { verlooptOp: verlooptOp.toISOString(), helperId: r.helper_id } })),
    );
  }

  /** Applies one transition with the pure state machine; throws the machine's refusal for the caller to map. */
  transitie(match: MatchRow, actie: MatchActie, payload?: unknown) {
    return apply(matchMachine, match.status, actie as never, payload as never);
  }

  /** In a one-by-one cascade, offers the next proposed helper, if the request still has nobody. */
  async volgende(m: EntityManager, match: Pick<MatchRow, 'cascade_id' | 'hulpvraag_id' | 'gemeente_id'>, nu = new Date()): Promise<string | undefined> {
    if (!match.cascade_id) return undefined;
    const busy = await m.query(
      `SELECT 1 FROM matches WHERE hulpvraag_id = $1 AND status IN ('aangeboden', 'geaccepteerd', 'bevestigd', 'actief', 'afgerond') LIMIT 1`,
      [match.hulpvraag_id],
    );
    if (busy.length) return undefined;
    const [next] = await m.query(
      `SELECT id FROM matches WHERE cascade_id = $1 AND status = 'voorgesteld' ORDER BY cascade_positie LIMIT 1 FOR UPDATE SKIP LOCKED`,
      [match.cascade_id],
    );
    if (!next) {
      await publishEvents(m, [{ type: 'cascade.uitgeput', aggregateId: match.hulpvraag_id, payload: { cascadeId: match.cascade_id } }]);
      return undefined;
    }
    await this.bied(m, [next.id], await this.aanbodUren(m, match.gemeente_id), nu);
    return next.id;
  }

  /** The offer-expiry job: expires an offer that is still open after its deadline and moves the cascade on. Idempotent. */
  async verloop(matchId: string, nu = new Date()): Promise<'verlopen' | 'niets'> {
    return this.ds.transaction(async (m) => {
      const [match] = (await m.query(`SELECT * FROM matches WHERE id = $1 FOR UPDATE`, [matchId])) as MatchRow[];
      if (!match || match.status !== 'aangeboden' || !match.verloopt_op || match.verloopt_op > nu) return 'niets';
      await m.query(`UPDATE matches SET status = 'verlopen', updated_at = now() WHERE id = $1`, [matchId]);
      await publishEvents(m, [{ type: 'match.verlopen', aggregateId: matchId }]);
      await this.volgende(m, match, nu);
      return 'verlopen';
    });
  }
}
